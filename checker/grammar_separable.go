package checker

// A separable verb whose first part is a noun or an adjective is one word
// wherever its parts meet: "bezighouden", "die zich bezighoudt", "heeft
// plaatsgevonden". In a main clause the finite verb moves away from its
// part ("Het vindt in mei plaats"), so there only the infinitive and the
// participle are judged. The parts come from a list
// (grammar-separable-parts), the dictionary says whether the joined form
// is a verb form, and a determiner or adjective before the first part
// makes it a noun of its own: "die de zorg draagt", "een deel neemt".
var separableVerb = &Rule{
	ID: "separable-verb", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachClause(d, report, (*gram).checkSeparable) },
	Examples: []Example{
		{Lang: "nl", Text: "Wij zijn een organisatie die zich <m>bezig houdt</m> met duurzaamheid."},
		{Lang: "nl", Text: "Het congres heeft vorig jaar in Gent <m>plaats gevonden</m>."},
		{Lang: "nl", Text: "Volgende week gaan we <m>kennis maken</m> met het nieuwe team."},
		{Lang: "nl", Text: "Wij zijn een organisatie die zich bezighoudt met duurzaamheid. Het vindt in mei plaats."},
		// A main clause keeps the part apart; a determiner makes it a noun.
		{Lang: "nl", Text: "Ik houd me bezig met data. Zij is de collega die een deel neemt van de taart."},
		// The part of its own: an adverb before two verbs, a noun before "voor".
		{Lang: "nl", Text: "Ze wil haar kinderen vrij laten spelen. We hebben plaats gevonden voor de piano."},
		{Lang: "nl", Text: "Wat gebeurt er als je een team een dag vrij geeft?"},
	},
}

// separableVerbForms are the classes a joined form must have: a verb
// form, not only a noun ("deelname").
const separableVerbForms = formStem | formThird | formInfinitive | formParticiple | formPast

func (g *gram) checkSeparable(d *Doc, c clause, report Report) {
	ws := c.words
	verbFinal := c.kind == openSubord || c.kind == openRel
	for k := 0; k+1 < len(ws); k++ {
		part, verb := ws[k], ws[k+1]
		if !part.word || !verb.word || !nlSeparableParts[part.low] || k > 0 && (g.modifiesNoun(ws[k-1]) || spanOfTime[ws[k-1].low]) {
			continue
		}
		if !g.wholeVerb(verb) && !(verbFinal && g.finite(verb)) || g.partStandsAlone(ws, k) {
			continue
		}
		joined := part.low + verb.low
		if g.classes(joined)&separableVerbForms == 0 && !(participleShape(verb.low) && g.classes(joined) == formOther) {
			continue
		}
		start, end := d.Tokens[part.tok].Start, d.Tokens[verb.tok].End
		report(start, end, d.T(
			"Dit werkwoord schrijf je aan elkaar: "+joined+". Los staat ‘"+part.low+"’ alleen als de persoonsvorm ervoor staat, zoals in ‘het vindt morgen plaats’.",
			"This Dutch verb is one word here: "+joined+". The parts stand apart only when the finite verb comes first, as in ‘het vindt morgen plaats’."),
			caseLike(part.text, joined))
		k++
	}
}

// spanOfTime before the part makes it say how long ("een dag vrij
// geeft": free for a day), which dictionaries write both ways.
var spanOfTime = map[string]bool{"dag": true, "dagje": true, "middag": true, "ochtend": true, "avond": true,
	"week": true, "weekje": true, "weekend": true, "uur": true, "uurtje": true, "maand": true, "jaar": true}

// partStandsAlone: the words after the verb show the part is a word of
// its own: another infinitive ("haar kinderen vrij laten spelen", "open
// blijven communiceren": an adverb to the verb that follows), or "voor"
// after a noun ("plaats gevonden voor de piano": room, found).
func (g *gram) partStandsAlone(ws []gword, k int) bool {
	if k+2 >= len(ws) {
		return false
	}
	next := ws[k+2]
	return g.cls(next)&formInfinitive != 0 ||
		next.low == "voor" && g.cls(ws[k])&formNoun != 0
}

// wholeVerb: an infinitive that is no noun ("nemen", not "werken"), or
// a participle: weak ones carry the class, strong ones ("gevonden") only
// the dictionary's "other" class and their ge- shape. Narrower than
// strongParticiple on purpose: one the dictionary calls an adjective may
// be an adverb after the part ("vrij gesproken", spoken freely).
func (g *gram) wholeVerb(w gword) bool {
	c := g.cls(w)
	switch {
	case c&formInfinitive != 0:
		return c&formNoun == 0
	case participleShape(w.low):
		return c&formParticiple != 0 || c == formOther
	}
	return false
}

// participleShape: the word begins as a participle does.
func participleShape(w string) bool { return len(w) > 4 && w[:2] == "ge" }

// modifiesNoun: a determiner, number or adjective before the first part
// makes that part a noun or adjective of its own ("de zorg", "een deel",
// "het goede").
func (g *gram) modifiesNoun(w gword) bool {
	return nlDeterminers[w.low] || !w.word || g.cls(w)&formAdjective != 0 && g.cls(w)&formNoun == 0 && !nlAdverbs[w.low]
}
