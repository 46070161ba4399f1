package checker

// "zich" is the reflexive of the third person (and of "u"): whoever the
// subject is, "zich" right after the verb asks for the form with t:
// "Daar bevind zich het station" -> "bevindt", "Bevind zich in het
// centrum" -> "bevindt". No subject that takes the bare stem ("ik") can
// have "zich" as its reflexive.

// checkReflexiveStem reports a bare stem right before "zich".
func (g *gram) checkReflexiveStem(d *Doc, c clause, k int, report Report) bool {
	ws := c.words
	if k+1 >= len(ws) || ws[k+1].low != "zich" || k > 0 && nlNominative[ws[k-1].low] && ws[k-1].low != "u" {
		return false
	}
	// A stem that is also a participle counts: "verspreid zich" is no
	// participle, which would follow "zich" ("heeft zich verspreid").
	w := ws[k]
	if !w.word || functionWord(w.low) || g.cls(w)&formStem == 0 || g.cls(w)&(notVerbOnly|formThird|formPast|formInfinitive) != 0 {
		return false
	}
	right := g.third(w.low)
	if right == "" {
		return false
	}
	t := d.Tokens[w.tok]
	report(t.Start, t.End, d.T(
		"‘Zich’ hoort bij de derde persoon, en die krijgt een t: "+right+" zich.",
		"‘Zich’ goes with the third person, which takes -t: "+right+" zich."),
		caseLike(w.text, right))
	return true
}

// reflexiveParticiple: "omdat zij zich verveeld" is "verveelt": a
// participle right after "zich", with no auxiliary or other verb in the
// clause, and nothing after it that could be a verb ("zich verveeld
// voelend"). It returns the subject for the message.
func (g *gram) reflexiveParticiple(c clause, k int) (string, person) {
	ws := c.words
	if k == 0 || ws[k-1].low != "zich" {
		return "", personNone
	}
	for _, w := range ws[k+1:] {
		if !nlAdverbs[w.low] && !nlPrepositions[w.low] && g.cls(w)&(formInfinitive|formAdjective|formParticiple) != 0 && g.cls(w)&formNoun == 0 {
			return "", personNone
		}
	}
	if s := ws[0].low; k > 1 && subjectPronouns[s] == personThird {
		return s, personThird
	}
	return "zich", personThird
}
