package checker

// One clause has one finite verb. In "Komt dit u niet bekent voor" and
// "Ik vind het niet verantwoordt" the verb stands second, so a form in t
// later in the clause cannot be finite too: it is the participle, used
// as an adjective ("bekend", "verantwoord"). A pronoun or noun right
// before it may be the subject of a clause whose "dat" was left out ("Ik
// denk hij verhuist"), so only an adverb or an object may stand there.

// checkSecondVerb reports a form in t after the finite verb of a main
// clause, where its participle belongs.
func (g *gram) checkSecondVerb(d *Doc, c clause, report Report) {
	ws := c.words
	if (c.kind == openSubord || c.kind == openRel) && !g.demonstrativeMain(c) {
		return
	}
	f := g.firstFinite(ws)
	if f < 0 || f > 1 || nlAuxiliaries[ws[f].low] {
		return // an auxiliary is checkParticiple's
	}
	for k := f + 2; k < len(ws); k++ {
		if g.finite(ws[k]) && g.participleOf(ws[k]) == "" {
			return // another verb: the clause is not one
		}
		// The participle must be one the dictionary also lists as an
		// adjective: "bekend", "bezorgd", not "veranderd" ("Ik hoop het
		// verandert" leaves out its "dat").
		right := g.participleOf(ws[k])
		if right == "" || g.classes(right)&formAdjective == 0 || !g.closesClause(ws, k) || !g.beforeAdjective(ws[k-1]) {
			continue
		}
		t := d.Tokens[ws[k].tok]
		report(t.Start, t.End, d.T(
			"De zin heeft al een persoonsvorm (‘"+ws[f].low+"’); hier hoort het voltooid deelwoord: "+right+".",
			"The clause already has its finite verb (‘"+ws[f].low+"’); this is the past participle: "+right+"."),
			caseLike(ws[k].text, right))
		return
	}
}

// firstFinite is the index of the clause's first certain finite verb, or
// -1.
func (g *gram) firstFinite(ws []gword) int {
	for i, w := range ws {
		if g.strictFinite(w) || nlAuxiliaries[w.low] {
			return i
		}
	}
	return -1
}

// beforeAdjective: a word that may stand before a predicative adjective
// but not open a clause of its own: an adverb ("niet bekend"), a degree
// word ("erg bezorgd") or an object ("lijkt me verantwoord", "vind het
// verantwoord").
func (g *gram) beforeAdjective(w gword) bool {
	return nlAdverbs[w.low] || degreeWords[w.low] || objectPronouns[w.low] || w.low == "het" || w.low == "u" || g.skippableAdverb(w)
}

// degreeWords say how much of an adjective: "erg bezorgd", "te laat".
var degreeWords = map[string]bool{"erg": true, "heel": true, "zeer": true, "best": true, "vrij": true, "echt": true,
	"nogal": true, "enorm": true, "ontzettend": true, "behoorlijk": true, "te": true, "zo": true, "hartstikke": true}
