package checker

// Points 2, 3 and 14: personal and company voice, speaking for the company,
// and saying on whose behalf you speak.

var statementCheck = existence("statement",
	"“%s” klinkt als een officiële mededeling of als nieuws dat je werkgever zelf naar buiten brengt. Woordvoering is aan pr en communicatie: deel liever hun bericht.",
	"“%s” sounds like an official announcement or news your employer releases itself. Speaking for the company is for PR and communications: share their post instead.")

var spokespersonPhrasing = &Rule{
	ID: "spokesperson-phrasing", Point: 3, Severity: Warning,
	Check: func(d *Doc, report Report) {
		if !d.Org.Spokesperson { // a spokesperson may announce
			statementCheck(d, report)
		}
	},
	Examples: []Example{
		{Org: Org{Spokesperson: true}, Text: "Wij maken bekend dat we per 1 maart een nieuwe directeur hebben."},
		{Text: "<m>Wij maken bekend</m> dat we per 1 maart een nieuwe directeur hebben."},
		{Text: "Verdrietig nieuws: de <m>reorganisatie</m> kost veertig banen."},
		{Text: "<m>We are pleased to announce</m> our new partnership with Acme."},
		{Text: "Ik ben trots dat ik vandaag mijn eerste project heb afgerond."},
		{Text: "I'm excited to share that I started a new job today!"},
	},
}

var mixedVoice = &Rule{
	ID: "mixed-voice", Point: 2, Severity: Info,
	Check: func(d *Doc, report Report) {
		if !hasFirstPersonSingular(d) {
			return
		}
		for _, m := range WordList("company-voice").Find(d) {
			report(m.Start, m.End, d.T(
				"Je schrijft als jezelf (“ik”) én namens je werkgever (“"+d.Text[m.Start:m.End]+"”). Houd die twee uit elkaar, zodat lezers weten wie er spreekt.",
				"You write as yourself (“I”) and for your employer (“"+d.Text[m.Start:m.End]+"”). Keep the two apart, so readers know who is speaking."))
			return
		}
	},
	Examples: []Example{
		{Text: "Ik heb er zin in! <m>Ons bedrijf</m> levert de beste zorg van de regio."},
		{Text: "I love my job, and <m>our company</m> offers the best service in town."},
		{Text: "Ik ben trots op mijn team: we hebben het samen gedaan."},
		{Text: "Ons bedrijf opent een nieuwe vestiging in Zwolle."},
	},
}

var personalDisclaimer = &Rule{
	ID: "personal-disclaimer", Point: 14, Severity: Info,
	Check: func(d *Doc, report Report) {
		if has(d, "disclaimer") || !has(d, "employer") && len(findTerms(d, d.Org.names(), false)) == 0 {
			return
		}
		if ms := WordList("opinion").Find(d); len(ms) > 0 {
			report(ms[0].Start, ms[0].End, d.T(
				"Je geeft een mening over je werkgever of je sector. Zeg erbij dat het je persoonlijke mening is, bijvoorbeeld “op persoonlijke titel”.",
				"You give an opinion about your employer or your sector. Say that it is your personal view, for example “opinions are my own”."))
		}
	},
	Examples: []Example{
		{Text: "<m>Ik vind dat</m> de sector veel te traag is met verduurzamen."},
		{Text: "<m>In my opinion</m> the industry is far too slow."},
		{Org: Org{Name: "Acme Zorg"}, Text: "<m>Ik vind dat</m> Acme Zorg te weinig doet aan verduurzamen."},
		{Text: "Op persoonlijke titel: ik vind dat de sector veel te traag is met verduurzamen."},
		{Text: "Ik vind het heerlijk weer vandaag."},
	},
}

// hasFirstPersonSingular reports whether the writer speaks as "I".
func hasFirstPersonSingular(d *Doc) bool {
	for i, t := range d.Tokens {
		if t.Kind != Word {
			continue
		}
		switch d.lowerToken(i) {
		case "ik", "mijn", "mij", "i", "my", "i'm", "i've":
			return true
		}
	}
	return false
}
