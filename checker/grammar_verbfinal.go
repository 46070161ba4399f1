package checker

// checkVerbFinal reads a subordinate clause, where the verb comes last:
// "als je het niet erg vind" -> "vindt", "of de gemeente toezicht houd"
// -> "houdt". The subject is the first word (or noun phrase) after the
// conjunction, the finite verb the clause's last word, and no other verb
// may stand between them.
func (g *gram) checkVerbFinal(d *Doc, c clause, report Report) {
	ws := c.words
	if c.kind != openSubord && c.kind != openRel || c.opener == "om" || len(ws) < 3 {
		return
	}
	subj, p, end := g.clauseSubject(ws)
	last := len(ws) - 1
	if p == personNone || last <= end+1 || g.finiteIn(ws[end+1:last]) {
		return
	}
	g.reportAgree(d, ws[last], subj, p, false, report)
}

// clauseSubject reads the subject at the start of a subordinate clause and
// returns where it ends. "er" is not a subject ("als er iets gebeurt").
func (g *gram) clauseSubject(ws []gword) (string, person, int) {
	if p, ok := subjectPronouns[ws[0].low]; ok && ws[0].low != "er" && ws[0].word {
		return ws[0].low, p, 0
	}
	for n := 2; n <= 3 && n < len(ws); n++ {
		if g.singularNP(ws[:n]) {
			return "", personThird, n - 1
		}
	}
	return "", personNone, 0
}
