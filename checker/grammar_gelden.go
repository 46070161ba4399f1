package checker

// checkGeldtVoor: "gelden voor" is how Dutch says that something applies
// to someone, and "geld" in that place is the noun only when the clause
// has another verb. In "en dat geld niet alleen voor ons" and "omdat een
// vrijstelling geld voor iedereen" a subject stands before "geld", only
// adverbs stand between it and "voor", and no other word can be the
// finite verb, so "geld" is the verb: "geldt". "dat geld voor de reis"
// is a noun phrase, so after a bare "dat" an adverb must show the verb;
// a subject with an article counts only in a subordinate clause, as a
// headline has no verb ("Elke student geld voor boeken").
func (g *gram) checkGeldtVoor(d *Doc, c clause, report Report) {
	ws := c.words
	for k, w := range ws {
		if w.low != "geld" {
			continue
		}
		j := k + 1
		for j < len(ws) && nlAdverbs[ws[j].low] && ws[j].low != "voor" {
			j++
		}
		if j >= len(ws) || ws[j].low != "voor" {
			continue
		}
		subj, ok := g.subjectOfGeld(d, c, k, j > k+1)
		if !ok {
			continue
		}
		if g.finiteIn(ws[:k]) || g.finiteIn(ws[k+1:]) || g.verbMayFollow(d, c, k) || g.verbAfter(d, ws[len(ws)-1].tok) {
			continue
		}
		t := d.Tokens[w.tok]
		report(t.Start, t.End, dtReason(d, subj, personThird, "geldt"), caseLike(w.text, "geldt"))
	}
}

// subjectOfGeld returns the subject before "geld" at k, if it has one. A lone
// "dat" that opened the clause is, after a word other than the capital
// that starts the sentence (checkHomograph reads that one), when an
// adverb follows "geld"; an article, adjectives and a noun are, in a
// subordinate clause.
func (g *gram) subjectOfGeld(d *Doc, c clause, k int, adverb bool) (string, bool) {
	ws := c.words
	if k == 0 {
		return "dat", adverb && c.opener == "dat" && !(c.first && capitalBefore(d, ws[0]))
	}
	if c.kind != openSubord || !(nlArticles[ws[0].low] || definiteDeterminers[ws[0].low]) || k < 2 {
		return "", false
	}
	last := g.cls(ws[k-1])
	if last&formNoun == 0 || last&(formStem|formThird|formInfinitive|formParticiple) != 0 {
		return "", false
	}
	for _, a := range ws[1 : k-1] {
		if g.cls(a)&formAdjective == 0 {
			return "", false
		}
	}
	return ws[k-1].low, true
}
