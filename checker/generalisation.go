package checker

// Point 10: something negative said of a whole group ("X zijn lui", "ik
// haat X", "X zijn nooit intelligent"). Which group the words are about is
// found in tone_groups.go.

var derogatoryGeneralisation = &Rule{
	ID: "derogatory-generalisation", Point: 10, Severity: Warning,
	Check: func(d *Doc, report Report) {
		v := toneOf(d)
		if v.quiet {
			return
		}
		for c := range v.clauses {
			h, g, ok := v.derogation(c)
			if !ok {
				continue
			}
			v.report(report, min(h.first, g.first), max(h.last, g.last), d.T(
				"Dit zegt iets negatiefs over een hele groep mensen; dat kwetst wie er niets mee te maken heeft en valt terug op jou en je werkgever. Spreek over gedrag van iemand, niet over een groep.",
				"This says something negative about a whole group of people; it hurts those who have nothing to do with it and reflects on you and your employer. Speak about someone's behaviour, not about a group."))
		}
	},
	Examples: []Example{
		{Text: "<m>Moslims zijn allemaal lui</m>."},
		{Text: "Ik <m>haat vrouwen</m>."},
		{Text: "<m>Immigranten zijn ongedierte</m>."},
		{Text: "Er is <m>niets erger dan een transgender</m>."},
		{Text: "<m>Gehandicapten zijn een plaag</m> voor de samenleving."},
		{Text: "Wat is het toch met al die <m>verdomde homoseksuelen</m>?"},
		{Text: "<m>Vrouwen zijn nooit intelligent</m>."},
		{Text: "Vrouwen denken dat ze bijzonder zijn. Ik <m>haat ze</m>."},
		{Text: "Beseffen mensen echt niet dat <m>zwarte mensen walgelijk</m> zijn?"},
		{Text: "<m>Women are disgusting</m>."},
		{Text: "Ik haat moslims niet."},
		{Text: "Het is walgelijk om te zeggen dat vrouwen dom zijn."},
		{Text: "Uitspraken als “immigranten zijn uitschot” zijn zeer kwetsend."},
		{Text: "Ik heb nooit gezegd dat homo's uitschot zijn."},
		{Text: "Trots op onze Marokkaans-Nederlandse collega's!"},
		{Text: "Vrouwen in tech: een inspirerend event."},
		{Text: "Klimaatverandering is een bedreiging voor kwetsbare ouderen."},
		{Text: "Vrouwen in de bouw krijgen vaak domme opmerkingen."},
		{Text: "Ik haat files."},
	},
}

// derogation finds a derogatory word about a group in clause c: the
// hostile match and the group (or the pronoun that stands for it).
func (v *toneView) derogation(c int) (thit, thit, bool) {
	if v.counterSpeech(c) {
		return thit{}, thit{}, false
	}
	for _, topic := range []int{tHate, tInsults, tInsultHomonyms, tEmotions, tDenied} {
		for _, h := range v.hitsIn(topic, c) {
			if topic == tDenied {
				var ok bool
				if h, ok = v.deniedQuality(h); !ok {
					continue
				}
			}
			if topic == tEmotions && !v.clauseHas(c, cFirst, noHit) {
				continue // "je minachting voor ..." is someone else's
			}
			if v.negated(h, c) {
				continue
			}
			if g, ok := v.groupFor(h, c, hostilityOf(topic)); ok {
				return h, thit{first: g, last: v.groupEnd(g)}, true
			}
		}
	}
	return thit{}, thit{}, false
}

// hostilityOf is what a match of a list says about a group, which decides
// where the group may stand.
func hostilityOf(topic int) hostility {
	switch topic {
	case tEmotions:
		return feeling
	case tDenied:
		return denial
	}
	return predicate
}

// deniedQuality widens a good quality to the negation right before it
// ("nooit intelligent"), or fails when there is none or the sentence is a
// question.
func (v *toneView) deniedQuality(h thit) (thit, bool) {
	c := v.words[h.first].clause
	if v.sents[v.clauses[c].sent].question {
		return h, false
	}
	for i := h.first - 1; i >= v.clauses[c].first && i >= h.first-3; i-- {
		w := v.words[i]
		if w.class&(cNeg|cNobody) != 0 {
			h.first = i
			return h, true
		}
		if w.class&(cLink|cFiller) == 0 {
			break
		}
	}
	return h, false
}
