package checker

// finite says whether a word is, or may be, a finite verb: an auxiliary,
// a modal or strong form the dictionary leaves unclassified, or a stem,
// present or past form that is not also a noun.
func (g *gram) finite(w gword) bool {
	if nlAuxiliaries[w.low] || finiteOthers[w.low] || nlStrongPast[w.low] {
		return true
	}
	return g.cls(w)&(formStem|formThird|formPast) != 0 && g.cls(w)&formNoun == 0 && !functionWord(w.low)
}

// functionWord: a preposition, adverb, determiner, pronoun or conjunction.
// Some are verb stems too ("in" of innen, "maar" of maren), but never in
// a post.
func functionWord(w string) bool { return nlFunctionWords[w] }

// finiteIn says whether any of the words may be a finite verb.
func (g *gram) finiteIn(ws []gword) bool {
	for _, w := range ws {
		if g.finite(w) {
			return true
		}
	}
	return false
}
