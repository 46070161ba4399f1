package checker

import "strings"

// Which group a hostile word is about: a derogatory generalisation and a
// threat against a group both need the group, and where it may stand
// depends on what the word says of it ("X zijn uitschot", "ik haat X",
// "dood aan X"). A group the writer belongs to, or one that suffers what
// the word names ("een gevaar voor ouderen"), is no target.

// What a hostile match says about a group decides where the group may stand.
type hostility int

const (
	predicate hostility = iota // "X zijn uitschot", "vieze X"
	denial                     // "X zijn nooit intelligent", "geen medelijden met X"
	feeling                    // "ik haat X", "X maken me ziek"
	violence                   // "alle X doden", "dood aan X"
)

// groupFor finds the group a hostile match h in clause c is about, and
// returns its first word. Failing a group in the clause, a feeling may be
// about a group in an earlier clause, and a plural pronoun counts when a
// group was named in this or the previous sentence ("... Ik haat ze").
func (v *toneView) groupFor(h thit, c int, kind hostility) (int, bool) {
	for _, g := range v.hitsIn(tGroups, c) {
		if v.related(h, g, c, kind) {
			return g.first, true
		}
	}
	if kind == feeling {
		if g, ok := v.groupBefore(h, c); ok {
			return g, true
		}
	}
	cl := v.clauses[c]
	s := cl.sent
	if !v.groupNamed(s) && (s == 0 || !v.groupNamed(s-1)) {
		return 0, false
	}
	for i := cl.first; i <= cl.last; i++ {
		if w := v.words[i]; !w.quoted && w.class&cPlural != 0 && (i < h.first || i > h.last) && v.related(h, thit{first: i, last: i}, c, kind) {
			return i, true
		}
	}
	return 0, false
}

// groupBefore finds, for a feeling, a group in an earlier clause of the
// sentence: "X die denken dat ..., vullen me met woede". The group's clause
// must not deny it, and the feeling must have no object of its own ("ik
// haat X niet, ik haat alleen onrecht").
func (v *toneView) groupBefore(h thit, c int) (int, bool) {
	if v.feelingHasObject(h, c) {
		return 0, false
	}
	for _, e := range v.sents[v.clauses[c].sent].clauses {
		if e >= c || v.clauseHas(e, cNeg, noHit) {
			continue
		}
		if gs := v.hitsIn(tGroups, e); len(gs) > 0 && !v.ownGroup(gs[0]) {
			return gs[0].first, true
		}
	}
	return 0, false
}

// related reports whether h is about group (or pronoun) g in clause c.
// A group before a predicate needs a verb like "zijn" or "vind" ("X zijn
// ...", "ik vind X ..."), unless the predicate is a verb phrase; a feeling
// before which a group stands must not have an object of its own. A group
// after h must be close to it (closeAfter).
func (v *toneView) related(h, g thit, c int, kind hostility) bool {
	if v.words[g.first].class&cPlural == 0 && v.ownGroup(g) {
		return false // "ik ben zelf moslim", "wij vrouwen"
	}
	if kind == predicate && h.first > 0 && isOneOf(v.words[h.first-1].low, victimPreps...) {
		return false // "X zijn kwetsbaar voor een virus", "last van een virus dan X"
	}
	switch {
	case g.last < h.first && kind == violence:
		return true
	case g.last < h.first && kind == feeling:
		return !v.feelingHasObject(h, c)
	case g.last < h.first:
		if v.attributive(h) {
			return false // "X zijn de ergste slachtoffers"
		}
		return !nounPhrase(h.entry) || v.clauseHas(c, cCopula, h)
	case g.first > h.last:
		return v.closeAfter(h, g, kind)
	}
	return false
}

// closeAfter reports whether group g after h is separated from it only by
// small words ("niets erger dan een X"), and for a feeling or violence also
// by a preposition and the writer, within six words ("hekel aan X", "de
// minachting die ik voel voor X").
func (v *toneView) closeAfter(h, g thit, kind hostility) bool {
	allowed := cLink
	if kind != predicate {
		allowed |= cObject | cFiller | cFirst
	}
	for i := h.last + 1; i < g.first; i++ {
		if v.words[i].class&allowed == 0 || kind != predicate && g.first-h.last > 6 {
			return false
		}
	}
	return true
}

// ownGroup reports whether the writer names a group as their own: "ik ben
// zelf moslim", "wij vrouwen", "als homo ben ik ...".
func (v *toneView) ownGroup(g thit) bool {
	copula := false
	for i := g.first - 1; i >= 0 && i >= g.first-4 && v.words[i].clause == v.words[g.first].clause; i-- {
		w := v.words[i]
		switch {
		case isOneOf(w.low, "ik", "wij", "we", "i"):
			return copula || i == g.first-1 && w.low != "ik" // "wij vrouwen", not "dat ik X haat"
		case isOneOf(w.low, "ben", "bent", "is", "zijn", "was", "waren", "am", "are", "als", "as"):
			copula = true // "ik ben (zelf) moslim", "als vrouw ... ik"
		case w.class&(cLink|cFiller) == 0:
			return false
		}
	}
	return false
}

// feelingHasObject reports whether a feeling after a group has an object
// of its own, so the group is not what it is about: "X ..., ik haat alleen
// onrecht", "ik ben het zat dat ...".
func (v *toneView) feelingHasObject(h thit, c int) bool {
	for i := h.last + 1; i <= v.clauses[c].last; i++ {
		if v.isContentWord(i) {
			return true
		}
	}
	next := v.clauses[c].last + 1
	return next < len(v.words) && v.words[next].clause != v.words[h.last].clause &&
		v.clauses[v.words[next].clause].sent == v.clauses[c].sent && v.words[next].class&cSub != 0
}

// nounPhrase reports whether an entry says what someone is ("uitschot",
// "een plaag") rather than does ("horen niet thuis", "de kanker krijgen"):
// then it needs "zijn" or "vind" to be said of a group, or "vrouwen krijgen
// vaker een ziekte" would call women a disease. A phrase that starts with
// an article is a noun phrase unless it ends in a Dutch infinitive.
func nounPhrase(e *Entry) bool {
	last := e.words[len(e.words)-1]
	return len(e.words) == 1 || isOneOf(e.words[0], "een", "de", "het", "a", "an", "the") && !strings.HasSuffix(last, "en")
}

// victimPreps make the group the one something happens to: "een gevaar
// voor ouderen", "het slachtoffer van criminelen".
var victimPreps = []string{"voor", "tegen", "van", "door", "op", "for", "against", "of", "by"}

// groupEnd returns the last word of the group match that starts at word g,
// or g itself for a pronoun.
func (v *toneView) groupEnd(g int) int {
	for _, h := range v.hitsOf(tGroups) {
		if h.first == g {
			return h.last
		}
	}
	return g
}

// groupNamed reports whether sentence s names a group outside quotes.
func (v *toneView) groupNamed(s int) bool { return v.inSentence(tGroups, s) }

// hasGroup reports whether clause c names a group outside quotes.
func (v *toneView) hasGroup(c int) bool { return len(v.hitsIn(tGroups, c)) > 0 }
