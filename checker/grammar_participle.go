package checker

import "strings"

// Participles: "Het is gebeurd" (after a form of hebben, zijn or worden)
// but "Het gebeurt vaak" (no auxiliary: the verb itself is finite). For
// verbs with be-, ge-, ver-, ont-, her- or er- the two differ only in the
// last letter, and both are real words, so only the sentence can tell.
// Which letter the participle takes is the dictionary's: it lists
// "verhuisd" (verhuizen: z, not in ’t kofschip) and "gewerkt" (werken).

// checkParticiple reports present forms where the clause needs a
// participle, and participles where it needs a present form.
func (g *gram) checkParticiple(d *Doc, c clause, report Report) {
	for k, w := range c.words {
		if right, aux := g.wantsParticiple(c, k); right != "" {
			t := d.Tokens[w.tok]
			report(t.Start, t.End, d.T(
				"Bij ‘"+aux+"’ hoort het voltooid deelwoord: "+right+", niet de tegenwoordige tijd.",
				"With ‘"+aux+"’ the verb is a past participle: "+right+", not the present tense."),
				caseLike(w.text, right))
			continue
		}
		if right, subj := g.wantsPresent(d, c, k); right != "" {
			g.reportPresent(d, c, w, subj, right, report)
		}
	}
	g.checkPastForms(d, c, report)
	g.checkSubjunctivePast(d, c, report)
	g.checkSecondVerb(d, c, report)
}

// reportPresent reports a participle used as the finite verb. The present
// comes first, unless the clause speaks of the past ("Gisteren verhuisd
// hij"): then the past tense does; both are offered.
func (g *gram) reportPresent(d *Doc, c clause, w gword, subj, present string, report Report) {
	stem := strings.TrimSuffix(present, "t")
	if g.classes(stem)&formStem == 0 {
		stem = present
	}
	past := g.pastOf(stem)
	t := d.Tokens[w.tok]
	if past != "" && aboutThePast(c) {
		report(t.Start, t.End, d.T(
			"Er staat geen hulpwerkwoord bij en het gaat over het verleden, dus de verleden tijd: "+subj+" "+past+".",
			"There is no auxiliary and the sentence is about the past, so the past tense: "+subj+" "+past+"."),
			caseLike(w.text, past), caseLike(w.text, present))
		return
	}
	sugg := []string{caseLike(w.text, present)}
	if past != "" {
		sugg = append(sugg, caseLike(w.text, past))
	}
	report(t.Start, t.End, d.T(
		"Er staat geen hulpwerkwoord bij, dus dit is de tegenwoordige tijd: "+subj+" "+present+".",
		"There is no auxiliary, so this is the present tense: "+subj+" "+present+"."),
		sugg...)
}

// participleOf returns the participle a present form with -t is confused
// with: "gebeurt" -> "gebeurd", "besteedt" -> "besteed".
func (g *gram) participleOf(w gword) string {
	// The dictionary leaves a few present forms without a class
	// ("herstelt"); the participle beside them still tells.
	unclassed := g.cls(w) == formOther && !functionWord(w.low)
	if !strings.HasSuffix(w.low, "t") || !unclassed && (g.cls(w)&formThird == 0 || g.cls(w)&(notVerbOnly|formParticiple|formStem|formPast) != 0) {
		return ""
	}
	base := w.low[:len(w.low)-1]
	for _, cand := range []string{base + "d", base} {
		if strings.HasSuffix(cand, "d") && g.classes(cand)&formParticiple != 0 {
			return cand
		}
	}
	return ""
}

// wantsParticiple: "Het is gebeurt" -> "gebeurd". The clause is a main
// clause with a finite auxiliary before the word and the word closes the
// clause (or a prepositional phrase or "te worden" follows); or an
// auxiliary closes the clause right after it ("dat het gebeurt is").
func (g *gram) wantsParticiple(c clause, k int) (string, string) {
	ws := c.words
	right := g.participleOf(ws[k])
	if right == "" {
		return "", ""
	}
	if aux := g.auxAfter(c, k); aux != "" {
		return right, aux
	}
	if !g.closesClause(ws, k) {
		return "", ""
	}
	if (c.kind == openSubord || c.kind == openRel) && !g.demonstrativeMain(c) {
		// The verb cluster closes a subordinate clause: "wat er is gebeurd".
		if k > 0 && nlAuxiliaries[ws[k-1].low] && ws[k-1].low != "zijn" {
			return right, ws[k-1].low
		}
		return "", ""
	}
	for j := k - 1; j >= 0; j-- {
		switch {
		case nlAuxiliaries[ws[j].low] && (ws[j].low != "zijn" || g.verbalZijn(ws, j, k)):
			return right, ws[j].low
		case g.strictFinite(ws[j]):
			return "", ""
		}
	}
	return "", ""
}

// demonstrativeMain: a sentence that opens with "Dat", "Die", "Wat" or
// "Wie" and a finite verb is a main clause, not a subordinate one: "Dat
// heb ik nooit beweerd", "Wat heb je verstuurd?".
func (g *gram) demonstrativeMain(c clause) bool {
	switch c.opener {
	case "dat", "die", "wat", "wie":
		return c.first && len(c.words) > 1 && (nlAuxiliaries[c.words[0].low] || g.strictFinite(c.words[0]))
	}
	return false
}

// verbalZijn tells the verb "zijn" ("we zijn verhuisd") from the
// possessive ("zijn vader"): only an adverb, a preposition, a subject
// pronoun or the participle itself may follow the verb.
func (g *gram) verbalZijn(ws []gword, j, k int) bool {
	n := ws[j+1].low
	if j+1 == k || nlAdverbs[n] || nlPrepositions[n] || nlNominative[n] || n == "de" || n == "als" { // "zijn we verhuisd", "zijn de kosten verhoogd"
		return true
	}
	// A bare adjective is an adverb here when no noun follows it: the
	// possessive would inflect it ("zijn goede naam"), so "zijn goed
	// beveiligd" is the verb, and "zijn gratis cursus" the possessive.
	if c := g.cls(ws[j+1]); c&formAdjective == 0 || c&(formStem|formThird) != 0 || strings.HasSuffix(n, "e") {
		return false
	}
	for _, w := range ws[j+2 : k] {
		if g.cls(w)&formNoun != 0 && g.cls(w)&formAdjective == 0 {
			return false
		}
	}
	return true
}

// auxAfter returns the auxiliary that follows word k and ends the clause
// ("... gebeurd is."), or an infinitive one ("moet vermeld worden", "dient
// vermeld te worden"). "Wat hij bedoelt is dat ..." is a different
// sentence: there "is" belongs to the main clause.
func (g *gram) auxAfter(c clause, k int) string {
	ws := c.words
	// An infinitive needs a finite verb before it ("moet", "dient"); without
	// one, "worden" is the plural of the main clause: "De regels die hij
	// bepaalt worden gehandhaafd".
	cluster := g.finiteIn(ws[:k])
	if cluster && k+2 < len(ws) && ws[k+1].low == "te" && ws[k+2].low == "worden" {
		return "te worden"
	}
	if k+1 >= len(ws) || !nlAuxiliaries[ws[k+1].low] {
		return ""
	}
	a := ws[k+1].low
	if cluster && (a == "worden" || a == "zijn" && k+2 == len(ws)) {
		return a
	}
	if k+2 != len(ws) || c.kind != openSubord && c.kind != openRel || whQuestion[c.opener] || c.opener == "wat" || c.opener == "wie" || c.opener == "dat" && c.first {
		return ""
	}
	return a
}

// closesClause: the word ends the clause, or only a prepositional phrase
// follows ("wordt veel aandacht besteed aan ...").
func (g *gram) closesClause(ws []gword, k int) bool {
	return k+1 == len(ws) || nlPrepositions[ws[k+1].low]
}

// strictFinite is finite without doubt: a verb form that is nothing else.
func (g *gram) strictFinite(w gword) bool {
	if finiteOthers[w.low] || nlStrongPast[w.low] {
		return true
	}
	return g.cls(w)&(formStem|formThird|formPast) != 0 && g.cls(w)&notVerbOnly == 0 && !functionWord(w.low)
}
