package checker

// "zei" (said) and "zij" (she, they) sound alike and are swapped both ways.
var (
	zeiAsPronoun = confusion{"zei", "zij", "‘Zei’ is de verleden tijd van zeggen; het voornaamwoord is ‘zij’: zij is.",
		"‘Zei’ is the past tense of zeggen (said); the pronoun is ‘zij’: zij is."}
	zijAsSaid = confusion{"zij", "zei", "Hier is de verleden tijd van zeggen bedoeld: hij zei dat.",
		"The past tense of zeggen (said) is ‘zei’: hij zei dat."}
)

// checkZeiZij: "Zei is ziek" -> "Zij"; "Hij zij dat" -> "zei".
func (g *gram) checkZeiZij(d *Doc, c clause, report Report) {
	ws := c.words
	for k, w := range ws {
		switch {
		case w.low == "zei" && k == 0 && k+1 < len(ws) && g.certainlyFinite(ws[k+1]):
			reportConfusion(d, w, zeiAsPronoun, report)
		case w.low == "zij" && k > 0 && nlNominative[ws[k-1].low] && g.saidFollows(d, c, k) &&
			(ws[k-1].low != "zij" || g.nextIsOpener(d, ws[len(ws)-1], "dat")): // "Zij zij dat", not "Zij, zij."
			reportConfusion(d, w, zijAsSaid, report)
		}
	}
}

// certainlyFinite: an auxiliary, or a present form with -t that is only
// that ("Zei werkt hier"); "Zei hij dat?" has a pronoun, not a verb.
func (g *gram) certainlyFinite(w gword) bool {
	switch w.low {
	case "is", "was", "heeft", "had", "wordt", "werd", "kan", "zal", "wil", "mag", "moet", "gaat", "komt":
		return true
	}
	return g.cls(w)&formThird != 0 && g.cls(w)&(notVerbOnly|formStem|formParticiple) == 0
}

// saidFollows: what follows "zij", after any adverbs, is what one says:
// "dat", a colon or a comma, or the end ("Hij zij dat ...", "Hij zij
// gisteren dat ...", "zoals hij zij."). "zij aan zij" does not qualify.
func (g *gram) saidFollows(d *Doc, c clause, k int) bool {
	ws := c.words
	for _, w := range ws[k+1:] {
		if !nlAdverbs[w.low] {
			return false
		}
	}
	last := ws[len(ws)-1]
	return g.alone(d, last) || g.nextIsOpener(d, last, "dat")
}

// nextIsOpener: the word after w is the given clause opener.
func (g *gram) nextIsOpener(d *Doc, w gword, opener string) bool {
	j := g.nextContent(d, w.tok)
	return j >= 0 && d.lowerToken(j) == opener
}
