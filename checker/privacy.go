package checker

import (
	"regexp"
	"strings"
	"unicode"
)

// Point 19: could the post harm you or the people close to you? Personal
// data is found by its exact form; each finding covers the data itself.

var (
	// Dutch phone numbers: 06-12345678, 020 123 4567, +31 6 12345678, 0031 20 1234567.
	phonePattern = regexp.MustCompile(`(?:\+31|0031)[ -]?(?:\(0\)[ -]?)?[1-9](?:[ -]?\d){8}|\b0[1-9](?:[ -]?\d){8}`)
	// Dutch postcodes: four digits, the first not 0, and two capitals other than SA, SD and SS.
	postcodePattern = regexp.MustCompile(`\b[1-9]\d{3} ?(?:[A-RT-Z][A-Z]|S[BCE-RT-Z])\b`)
)

// streetSuffixes end the names of Dutch streets.
var streetSuffixes = []string{"straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "steeg", "hof", "dreef", "markt", "park", "baan", "ring", "wal"}

var phoneNumber = &Rule{
	ID: "phone-number", Point: 19, Severity: Info,
	Check: func(d *Doc, report Report) {
		for _, s := range patternSpans(d, phonePattern, 9) {
			report(s.Start, s.End, d.T(
				"Dit is een telefoonnummer. Is het van jou of van iemand anders, en mag iedereen het zien? Een openbaar nummer trekt ook oplichters en verkopers aan.",
				"This is a phone number. Is it yours or someone else's, and may everyone see it? A public number also attracts scammers and sales calls."))
		}
	},
	Examples: []Example{
		{Text: "Bel me gerust op <m>06-12345678</m>."},
		{Text: "Vragen? <m>+31 6 1234 5678</m> of <m>020 123 4567</m>"},
		{Text: "We hebben 1.234.567 bezoekers gehad in 2025."},
		{Text: "Bestelnummer 2025-11-24-001 is verzonden."},
	},
}

var postcode = &Rule{
	ID: "postcode", Point: 19, Severity: Info,
	Check: func(d *Doc, report Report) {
		for _, s := range patternSpans(d, postcodePattern, 4) {
			report(s.Start, s.End, d.T(
				"Dit is een postcode. Met een postcode en een huisnummer vindt iedereen een woonadres; deel dat alleen als het een zakelijk adres is.",
				"This is a Dutch postcode. With a postcode and a house number anyone finds a home; share it only if it is a business address."))
		}
	},
	Examples: []Example{
		{Text: "Ik woon op <m>1234 AB</m> nummer 5."},
		{Text: "Adres: <m>3511LX</m> Utrecht"},
		{Text: "In 2024 SS kwamen er veel nieuwe collega's bij."},
		{Text: "Het is 2025 en de tijd vliegt."},
	},
}

var streetAddress = &Rule{
	ID: "street-address", Point: 19, Severity: Info,
	Check: func(d *Doc, report Report) {
		for _, s := range streetAddresses(d) {
			report(s.Start, s.End, d.T(
				"Dit lijkt een adres. Is het een woonadres, van jou of van een ander? Deel dat niet openbaar.",
				"This looks like an address. Is it a home address, yours or someone else's? Don't share that publicly."))
		}
	},
	Examples: []Example{
		{Text: "Feestje bij mij thuis, <m>Kastanjelaan 14</m>!"},
		{Text: "Je vindt ons op <m>Keizersgracht 123a</m> in Amsterdam."},
		{Text: "De Kastanjelaan is prachtig in de herfst."},
	},
}

var emailAddress = &Rule{
	ID: "email-address", Point: 19, Severity: Info,
	Check: func(d *Doc, report Report) {
		for _, t := range d.Tokens {
			if t.Kind == Email {
				report(t.Start, t.End, d.T(
					"Dit is een e-mailadres. Is het van jou of van iemand anders, en mag iedereen het zien? Een zakelijk algemeen adres (zoals info@) is veiliger dan een persoonlijk adres.",
					"This is an e-mail address. Is it yours or someone else's, and may everyone see it? A general business address (like info@) is safer than a personal one."))
			}
		}
	},
	Examples: []Example{
		{Text: "Mail je cv naar <m>anna.jansen@bedrijf.nl</m>."},
		{Text: "Volg ons op @bedrijf en lees meer op bedrijf.nl."},
	},
}

var emptyHome = &Rule{
	ID: "empty-home", Point: 19, Severity: Info,
	Check: reminder("holiday",
		"“%s” vertelt iedereen dat je huis leeg staat. Deel vakantiefoto's liever als je weer thuis bent.",
		"“%s” tells everyone that your home is empty. Share holiday pictures after you are back."),
	Examples: []Example{
		{Text: "Morgen <m>drie weken op vakantie</m> naar Italië!"},
		{Text: "Off to Spain, <m>away for two weeks</m>."},
		{Text: "Terug van drie heerlijke weken Italië."},
	},
}

var childDetails = &Rule{
	ID: "child-details", Point: 19, Severity: Warning,
	Check: func(d *Doc, report Report) {
		for _, s := range d.Sentences() {
			if span, ok := childWithName(d, s); ok && mentionsRoutine(d, s) {
				report(span.Start, span.End, d.T(
					"Je noemt een kind bij naam samen met een school of een vast moment. Zo weet een vreemde waar en wanneer het kind te vinden is: laat de naam of de plek weg.",
					"You name a child together with a school or a routine. That tells a stranger where and when to find the child: leave out the name or the place."))
			}
		}
	},
	Examples: []Example{
		{Text: "<m>Mijn dochter Emma</m> gaat elke ochtend om half negen naar basisschool De Regenboog."},
		{Text: "<m>My son Liam</m> walks to school every morning at eight."},
		{Text: "Mijn dochter is vandaag jarig!"},
		{Text: "Mijn zoon gaat elke ochtend naar school."},
	},
}

var kinWords = set("dochter", "zoon", "dochtertje", "zoontje", "kleindochter", "kleinzoon", "daughter", "son", "grandson", "granddaughter")

var routineWords = set("school", "basisschool", "crèche", "kinderopvang", "opvang", "bso", "klas", "elke", "iedere", "ochtend", "middag", "training", "zwemles",
	"every", "morning", "afternoon", "daycare", "kindergarten", "practice")

// childWithName finds "mijn dochter Emma": a kin word followed by a name.
func childWithName(d *Doc, s Span) (Span, bool) {
	idx := d.tokensIn(s)
	for k, i := range idx {
		if d.Tokens[i].Kind != Word || !kinWords[d.lowerToken(i)] {
			continue
		}
		for _, j := range idx[k+1 : min(k+4, len(idx))] {
			t := d.Tokens[j]
			if t.Kind == Word && startsUpper(t.Text) {
				return Span{possessiveStart(d, idx, k), t.End}, true
			}
		}
	}
	return Span{}, false
}

// possessiveStart widens "dochter Emma" to "Mijn dochter Emma": the span
// starts at a possessive just before the kin word idx[k], if there is one.
func possessiveStart(d *Doc, idx []int, k int) int {
	for _, j := range idx[max(0, k-2):k] {
		switch d.lowerToken(j) {
		case "mijn", "onze", "ons", "my", "our":
			return d.Tokens[j].Start
		}
	}
	return d.Tokens[idx[k]].Start
}

func mentionsRoutine(d *Doc, s Span) bool {
	for _, i := range d.tokensIn(s) {
		if w := d.lowerToken(i); routineWords[w] || strings.HasSuffix(w, "school") {
			return true
		}
	}
	return false
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// streetAddresses finds a capitalised street name and a house number:
// "Stationsstraat 12", "Keizersgracht 123a".
func streetAddresses(d *Doc) []Span {
	var out []Span
	content := d.contentTokens()
	for k := 0; k+1 < len(content); k++ {
		name, num := d.Tokens[content[k]], d.Tokens[content[k+1]]
		if name.Kind != Word || !startsUpper(name.Text) || !hasStreetSuffix(d.lowerToken(content[k])) {
			continue
		}
		if num.Kind == Number && len(num.Text) <= 4 && !strings.ContainsAny(num.Text, ".,:") {
			end := num.End
			if k+2 < len(content) && content[k+2] == content[k+1]+1 && isHouseLetter(d.Tokens[content[k+2]].Text) {
				end = d.Tokens[content[k+2]].End // "123a"
			}
			out = append(out, Span{name.Start, end})
		} else if num.Kind == Word && len(num.Text) <= 5 && num.Text[0] >= '0' && num.Text[0] <= '9' {
			out = append(out, Span{name.Start, num.End}) // "123a" as one token
		}
	}
	return out
}

func hasStreetSuffix(w string) bool {
	for _, s := range streetSuffixes {
		if len(w) > len(s) && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func isHouseLetter(s string) bool { return len(s) == 1 && s[0] >= 'a' && s[0] <= 'z' }

// patternSpans returns the matches of a pattern that do not lie inside a
// link or an e-mail address. The pattern runs only where at least
// minDigits digits stand together.
func patternSpans(d *Doc, re *regexp.Regexp, minDigits int) []Span {
	var out []Span
	for _, r := range candidateRegions(d.Text, minDigits) {
		for _, m := range re.FindAllStringIndex(d.Text[r.Start:r.End], -1) {
			s := Span{r.Start + m[0], r.Start + m[1]}
			if !insideLink(d, s) && !digitAround(d.Text, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

func insideLink(d *Doc, s Span) bool {
	for _, t := range d.Tokens {
		if (t.Kind == URL || t.Kind == Email) && t.Start <= s.Start && s.End <= t.End {
			return true
		}
	}
	return false
}

// digitAround reports a match that is part of a longer number.
func digitAround(text string, s Span) bool {
	isDigit := func(i int) bool { return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9' }
	return isDigit(s.Start-1) || isDigit(s.End)
}
