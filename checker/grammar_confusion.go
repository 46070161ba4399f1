package checker

import "strings"

// Real-word confusions where the sentence decides cleanly: a possessive
// where a pronoun stands alone ("van jouw."), a pronoun before a noun
// after a preposition ("met jou auto"), "hun" as a subject, "als" after a
// comparative before a number, "me" as a possessive, "zei" and "zij"
// swapped. Each speaks only in the narrow contexts measured to be safe on
// correct prose (see cmd/eval-grammar).

// confusion is one pair: the word written, the word meant, and the
// reason in both languages.
type confusion struct {
	wrong, right string
	nl, en       string
}

// reportConfusion reports word w as confusion c.
func reportConfusion(d *Doc, w gword, c confusion, report Report) {
	t := d.Tokens[w.tok]
	report(t.Start, t.End, d.T(c.nl, c.en), caseLike(w.text, c.right))
}

// alone: the word ends its phrase: the text ends or a full stop, comma,
// question mark or the like follows (not a quote or a dash, after which
// the noun may still come).
func (g *gram) alone(d *Doc, w gword) bool {
	for j := w.tok + 1; j < len(d.Tokens); j++ {
		t := d.Tokens[j]
		switch {
		case t.Kind == Space:
			continue
		case t.Kind == Punct:
			return strings.ContainsAny(t.Text, ".!?,;:)…")
		}
		return false
	}
	return true
}

// nounOnly: a noun the dictionary knows, and not also an adjective, a
// word of unknown class, or a preposition or adverb ("thuis" is a noun,
// but "bij jou thuis" is right).
func (g *gram) nounOnly(w gword) bool {
	return w.word && g.cls(w)&formNoun != 0 && g.cls(w)&(formAdjective|formOther|formThird|formParticiple|formPast) == 0 &&
		!functionWord(w.low) && w.low != "thuis"
}

// possessiveAfterPreposition finds "met jou auto": a preposition, the
// pronoun, and a noun that ends the phrase. The noun must be followed by
// punctuation or a preposition, so "voor jou boeken gekocht" (for you,
// books) stays silent.
func (g *gram) possessiveAfterPreposition(d *Doc, ws []gword, k int, pronoun string) bool {
	if k < 1 || k+1 >= len(ws) || ws[k].low != pronoun || !nlPrepositions[ws[k-1].low] {
		return false
	}
	n := ws[k+1]
	// A verb form after the pronoun is its verb: "met jou eten", "tegen
	// me praat", "met me lopen".
	if !g.nounOnly(n) || g.cls(n)&(formInfinitive|formStem) != 0 {
		return false
	}
	return g.alone(d, n) || k+2 < len(ws) && nlPrepositions[ws[k+2].low]
}

// possessiveAfterCopula finds "Is dit jou laptop?", "Hoe was jou
// vakantie?", "Dat is me nieuwe stoel": a form of zijn before the pronoun,
// and after it a noun, with at most an adjective between. Zijn takes no
// object, so the pronoun before the noun is its possessive. A participle
// later makes "is" an auxiliary, and then the pronoun may be the indirect
// object ("Er is u hulp aangeboden").
func (g *gram) possessiveAfterCopula(ws []gword, k int, pronoun string) bool {
	if k < 1 || ws[k].low != pronoun || !copulaIn(ws[:k]) || pronoun == "u" && copulaIn(ws[k-1:k]) {
		return false // "Bent u klant?": u is the subject
	}
	n := k + 1
	adjective := false
	if c := g.cls(ws[n%len(ws)]); n+1 < len(ws) && c&(formAdjective|formOther) != 0 && c&formNoun == 0 && strings.HasSuffix(ws[n].low, "e") {
		n, adjective = n+1, true // "me nieuwe stoel", "jou eerste werkdag"
	}
	if n >= len(ws) || !ws[n].word || functionWord(ws[n].low) || subjectPronouns[ws[n].low] != personNone || ws[n].low == "iets" {
		return false // "Is jou iets opgevallen?"
	}
	// A word the dictionary does not know after an adjective with -e is
	// a compound noun ("nieuwe bureaustoel").
	c := g.cls(ws[n])
	noun := c&formNoun != 0 && c&(formAdjective|formThird|formParticiple|formPast|formInfinitive|formStem) == 0 || adjective && c == 0 && ws[n].lookup
	if !noun {
		return false
	}
	for _, w := range ws[n+1:] {
		if c := g.cls(w); c&(formParticiple|formParticipleE|formAdjective) != 0 || strongParticiple(w.low, c) || g.participleLike(w) {
			return false // "Er is u hulp aangeboden", "Is jou dat bekend?"
		}
	}
	return true
}

// copulaIn: one of ws is a form of zijn. Not the wider copulas of the
// comparison rule: "worden" also forms the passive, whose indirect
// object may stand before a bare noun ("Er wordt u hulp geboden").
func copulaIn(ws []gword) bool {
	for _, w := range ws {
		switch w.low {
		case "is", "was", "ben", "bent", "waren":
			return true
		}
	}
	return false
}

var (
	jouwAlone = confusion{"jouw", "jou", "‘Jouw’ staat altijd voor een zelfstandig naamwoord; alleen staand is het ‘jou’: dat is voor jou.",
		"‘Jouw’ always comes before a noun; standing alone it is ‘jou’: dat is voor jou."}
	jouBeforeNoun = confusion{"jou", "jouw", "Voor een zelfstandig naamwoord staat het bezittelijke ‘jouw’: met jouw auto.",
		"Before a noun Dutch uses the possessive ‘jouw’: met jouw auto."}
	uwAlone = confusion{"uw", "u", "‘Uw’ staat altijd voor een zelfstandig naamwoord; alleen staand is het ‘u’: dat is voor u.",
		"‘Uw’ always comes before a noun; standing alone it is ‘u’: dat is voor u."}
	uBeforeNoun = confusion{"u", "uw", "Voor een zelfstandig naamwoord staat het bezittelijke ‘uw’: voor uw bedrijf.",
		"Before a noun Dutch uses the possessive ‘uw’: voor uw bedrijf."}
	hunAlone = confusion{"hun", "hen", "Na een voorzetsel is het ‘hen’, niet ‘hun’: met hen.",
		"After a preposition Dutch uses ‘hen’, not ‘hun’: met hen."}
	hunSubject = confusion{"hun", "zij", "‘Hun’ kan geen onderwerp zijn; het onderwerp is ‘zij’ of ‘ze’: zij hebben.",
		"‘Hun’ cannot be a subject; the subject is ‘zij’ or ‘ze’: zij hebben."}
	hunDirect = confusion{"hun", "hen", "Als lijdend voorwerp is het ‘hen’: ik zie hen morgen. ‘Hun’ is meewerkend voorwerp (aan hen) of bezittelijk.",
		"As a direct object Dutch uses ‘hen’: ik zie hen morgen. ‘Hun’ means ‘to them’ or ‘their’."}
	henBeforeNoun = confusion{"hen", "hun", "Voor een zelfstandig naamwoord staat het bezittelijke ‘hun’: met hun diploma.",
		"Before a noun Dutch uses the possessive ‘hun’: met hun diploma."}
	uwAsSubject = confusion{"uw", "u", "‘Uw’ is bezittelijk en staat voor een zelfstandig naamwoord; het onderwerp is ‘u’: u bent.",
		"‘Uw’ is possessive and comes before a noun; the subject is ‘u’: u bent."}
	meBeforeNoun = confusion{"me", "mijn", "Als bezittelijk voornaamwoord schrijf je ‘mijn’: met mijn vriendin.",
		"As a possessive, write ‘mijn’: met mijn vriendin."}
)

// checkJouJouw: "Is dit van jouw?" -> "jou"; "met jou auto." -> "jouw".
func (g *gram) checkJouJouw(d *Doc, c clause, report Report) {
	g.checkPossessive(d, c, "jouw", "jou", jouwAlone, jouBeforeNoun, report)
}

// checkUUw: "Dit is voor uw." -> "u"; "voor u bedrijf." -> "uw"; "Uw
// valt weg" (a verb, not a noun, after it) -> "U".
func (g *gram) checkUUw(d *Doc, c clause, report Report) {
	g.checkPossessive(d, c, "uw", "u", uwAlone, uBeforeNoun, report)
	// "Uw wil is wet": after "uw", "wil" is the noun.
	if ws := c.words; len(ws) > 1 && ws[0].low == "uw" && ws[1].low != "wil" && g.certainlyFinite(ws[1]) {
		reportConfusion(d, ws[0], uwAsSubject, report)
	}
}

func (g *gram) checkPossessive(d *Doc, c clause, poss, pron string, alone, before confusion, report Report) {
	for k, w := range c.words {
		switch {
		case w.low == poss && k > 0 && g.alone(d, w):
			reportConfusion(d, w, alone, report)
		case g.possessiveAfterPreposition(d, c.words, k, pron) || g.possessiveAfterCopula(c.words, k, pron):
			reportConfusion(d, w, before, report)
		}
	}
}

// checkHunHen: "met hun." -> "hen"; "Hun hebben gewonnen." -> "Zij"; "met
// hen diploma" -> "hun".
func (g *gram) checkHunHen(d *Doc, c clause, report Report) {
	for k, w := range c.words {
		if w.low != "hun" {
			continue
		}
		switch {
		case k > 0 && nlPrepositions[c.words[k-1].low] && (g.alone(d, w) || g.verbAfterHun(d, c.words, k)):
			reportConfusion(d, w, hunAlone, report)
		case k == 0 && k+1 < len(c.words) && g.pluralVerb(c.words[k+1]):
			reportConfusion(d, w, hunSubject, report)
		case k > 0 && nlDirectObjectVerbs[c.words[k-1].low] && g.hunEndsPhrase(d, c.words, k):
			reportConfusion(d, w, hunDirect, report)
		}
	}
	for k, w := range c.words {
		if g.possessiveAfterPreposition(d, c.words, k, "hen") {
			reportConfusion(d, w, henBeforeNoun, report) // "met hen diploma"
		}
	}
}

// verbAfterHun: after "met hun" comes a participle or "te" that closes
// the phrase ("met hun gesproken over", "aan hun uitgereikt", "met hun te
// praten"), where a possessive would need its noun: "met hun gesproken
// tekst" stays silent.
func (g *gram) verbAfterHun(d *Doc, ws []gword, k int) bool {
	if k+1 >= len(ws) {
		return false
	}
	n := ws[k+1]
	if n.low == "te" {
		// "met hun te praten", not "met hun te kleine tent" (too small)
		return k+2 < len(ws) && g.cls(ws[k+2])&formInfinitive != 0 && g.cls(ws[k+2])&(formAdjective|formParticipleE) == 0
	}
	c := g.cls(n)
	participle := c&formParticiple != 0 || strongParticiple(n.low, c)
	if !participle || c&(formNoun|formParticipleE) != 0 || strings.HasSuffix(n.low, "e") {
		return false
	}
	return g.alone(d, n) || k+2 < len(ws) && (nlPrepositions[ws[k+2].low] || nlAdverbs[ws[k+2].low])
}

// hunEndsPhrase: "hun" stands alone, or an adverb or preposition follows
// it ("Ik zie hun morgen", "We bedanken hun voor ..."), so it has no noun
// of its own and is no possessive ("Ik zie hun kinderen").
func (g *gram) hunEndsPhrase(d *Doc, ws []gword, k int) bool {
	if g.alone(d, ws[k]) {
		return true
	}
	if k+1 >= len(ws) {
		return false
	}
	n := ws[k+1]
	return (nlAdverbs[n.low] || nlPrepositions[n.low]) && !nlDeterminers[n.low] && !quantityWords[n.low]
}

// pluralVerb: a finite plural that cannot be a noun after "hun" ("hun
// hebben", "hun gingen"); "hun leven" and "hun eten" are nouns. Forms of
// zijn and worden are left out: "Hun werden twee opties voorgelegd" is
// right, with "hun" as the indirect object of a passive.
func (g *gram) pluralVerb(w gword) bool {
	switch w.low {
	case "zijn", "waren", "worden", "werden":
		return false
	case "hebben", "hadden", "kunnen", "willen", "moeten", "mogen", "zullen", "gaan", "komen", "doen":
		return true
	}
	return g.cls(w)&(formInfinitive|formPast) != 0 && g.cls(w)&(formNoun|formAdjective|formOther) == 0 && len(w.low) > 3 && w.low[len(w.low)-1] == 'n'
}

// checkMeMijn: "met me vriendin." -> "mijn". Only after a preposition,
// where "me" as an object cannot be followed by a noun of its own.
func (g *gram) checkMeMijn(d *Doc, c clause, report Report) {
	for k, w := range c.words {
		if g.possessiveAfterPreposition(d, c.words, k, "me") || g.possessiveAfterCopula(c.words, k, "me") {
			reportConfusion(d, w, meBeforeNoun, report)
		}
	}
}
