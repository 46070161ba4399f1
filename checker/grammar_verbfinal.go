package checker

import "strings"

// checkVerbFinal reads a subordinate clause, where the verb comes last:
// "als je het niet erg vind" -> "vindt", "of de gemeente toezicht houd"
// -> "houdt". The subject is the first word (or noun phrase) after the
// conjunction, or "wie" itself ("Wie conflicten vermijd, ..."), the finite
// verb the clause's last word, and no other verb may stand between them.
// A last word that is also a noun ("inhoud", "schijn") is the verb when
// nothing before it opens a noun phrase: the clause needs one.
func (g *gram) checkVerbFinal(d *Doc, c clause, report Report) {
	ws := c.words
	if c.kind != openSubord && c.kind != openRel || c.opener == "om" || len(ws) < 2 {
		return
	}
	subj, p, end := g.clauseSubject(ws)
	if p == personNone && c.opener == "wie" && !pronounIn(ws) {
		subj, p, end = "wie", personThird, -1
	}
	last := len(ws) - 1
	if p == personNone || last <= end || g.verbBetween(ws[end+1:last]) {
		return
	}
	comparison := c.opener == "als" || c.opener == "zoals"
	// "omdat hij reis en verblijf betaalt": after "en" the clause goes on.
	goesOn := g.nextIsOpener(d, ws[last], "en") || g.nextIsOpener(d, ws[last], "of")
	// A pronoun subject right before the last word is not its
	// determiner: in "Wat dat inhoud," the clause needs its verb. Only
	// where punctuation ends the clause: in "Of het werk nu thuis ..."
	// the conjunction "nu" cut it short.
	pronounBefore := last == end+1 && subj != "" && g.alone(d, ws[last])
	nounOK := !comparison && !goesOn && (pronounBefore || !g.mayEndNounPhrase(c, last))
	if last == end+1 && (!nounOK || g.cls(ws[last])&formNoun == 0) {
		return // a stem right after the subject is subjectBefore's
	}
	g.reportAgree(d, ws[last], subj, p, nounOK, report)
}

// verbBetween: one of the words may be a finite verb. An adjective
// ("beter", "leeg") before the clause's last word is an adjective there,
// not the stem of "beteren" or "legen".
func (g *gram) verbBetween(ws []gword) bool {
	for _, w := range ws {
		if g.finite(w) && (g.cls(w)&(formComparative|formAdjective) == 0 || nlAuxiliaries[w.low]) {
			return true
		}
	}
	return false
}

// mayBeVerb: one of the words may be a finite verb, nouns that are verb
// forms too included ("weet", "heeft").
func (g *gram) mayBeVerb(ws []gword) bool {
	for _, w := range ws {
		if g.finite(w) || irregularByForm[w.low] != nil || w.word && !functionWord(w.low) && g.cls(w)&(formThird|formPast) != 0 {
			return true
		}
	}
	return false
}

// clauseSubject reads the subject at the start of a subordinate clause and
// returns where it ends. "er" is not a subject ("als er iets gebeurt"),
// and "je" before a noun may be "your" ("als je pakket beschadigd is")
// as well as "you" ("als je tijd hebt"): then the person is unknown.
func (g *gram) clauseSubject(ws []gword) (string, person, int) {
	if p, ok := subjectPronouns[ws[0].low]; ok && ws[0].low != "er" && ws[0].word {
		if ws[0].low == "je" && len(ws) > 1 && g.mayFollowYour(ws[1]) {
			return "", personNone, 0
		}
		return ws[0].low, p, 0
	}
	for n := 2; n <= 3 && n < len(ws); n++ {
		if g.singularNP(ws[:n]) {
			return "", personThird, n - 1
		}
	}
	return "", personNone, 0
}

// mayFollowYour: the word may stand after a possessive "je": a noun, even
// one that is a verb stem too ("je fiets", "je werk"), an adjective with
// -e ("je nieuwe boek"), or a word the dictionary does not class ("je
// wachtwoord").
func (g *gram) mayFollowYour(w gword) bool {
	c := g.cls(w)
	if !w.word || functionWord(w.low) {
		return false
	}
	return c == 0 || c&formNoun != 0 || c&formAdjective != 0 && strings.HasSuffix(w.low, "e")
}

// checkClauseStems reads a subordinate clause whose finite verb is not
// its last word ("als hij zich niet houd aan de regels", "de man die
// daar loop is ...": the clause runs on without a comma). A bare stem
// after the subject, before any other verb, agrees only with "ik"; a
// pronoun right after it makes it an inverted question ("Wanneer kom
// je?"), and "of" may join two imperatives ("Bel of mail ons").
func (g *gram) checkClauseStems(d *Doc, c clause, report Report) {
	ws := c.words
	if c.kind != openSubord && c.kind != openRel || c.opener == "om" || c.opener == "of" && len(ws) > 0 && subjectPronouns[ws[0].low] == personNone {
		return
	}
	subj, p, end := g.clauseSubject(ws)
	if p == personNone {
		if subj, p = g.relativeSubject(d, c); p == personNone {
			return
		}
		end = -1
	}
	last := len(ws) - 1
	for k := end + 1; k <= last; k++ {
		w := ws[k]
		if g.finite(w) && !g.strictStem(w) || k+1 <= last && nlNominative[ws[k+1].low] {
			return // a verb before, or an inverted subject after
		}
		if !g.strictStem(w) || k == last && last > end+1 || k == end+1 && (end >= 0 || c.opener == "dat") {
			continue // the last word is checkVerbFinal's, the first after the subject subjectBefore's
		}
		if k > 0 && nlPrepositions[ws[k-1].low] || g.certainlyFiniteIn(ws[k+1:]) {
			return // "die op zoek is": a stem after a preposition, and a verb to come
		}
		g.reportAgree(d, w, subj, p, false, report)
		return
	}
}

// certainlyFiniteIn: a word of ws is certainly a finite verb.
func (g *gram) certainlyFiniteIn(ws []gword) bool {
	for _, w := range ws {
		if g.certainlyFinite(w) {
			return true
		}
	}
	return false
}

// strictStem: a present stem and nothing else ("vind", "houd", "loop" is
// also a noun and does not count).
func (g *gram) strictStem(w gword) bool {
	return w.word && !functionWord(w.low) && g.cls(w)&formStem != 0 &&
		g.cls(w)&(notVerbOnly|formThird|formPast|formParticiple|formInfinitive) == 0
}

// relativeSubject: a relative "die" or "dat" without a subject of its own
// is the subject, singular after a singular noun ("de man die daar loopt")
// or "iedereen". The noun is the word before the relative pronoun.
func (g *gram) relativeSubject(d *Doc, c clause) (string, person) {
	if c.first || c.opener != "die" && c.opener != "dat" || len(c.words) == 0 {
		return "", personNone
	}
	rel := g.prevContent(d, c.words[0].tok)
	if rel < 0 {
		return "", personNone
	}
	ante := g.prevContent(d, rel)
	if ante < 0 {
		return "", personNone
	}
	a := g.word(d, ante, false)
	if singularAntecedents[a.low] || g.nounOnly(a) && g.cls(a)&formPlural == 0 {
		return c.opener, personThird
	}
	return "", personNone
}

// singularAntecedents are pronouns a relative clause can follow.
var singularAntecedents = map[string]bool{"iedereen": true, "iemand": true, "niemand": true, "degene": true, "diegene": true, "hij": true}
