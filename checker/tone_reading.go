package checker

import (
	"unicode"
	"unicode/utf8"
)

// How the tone rules tell the writer's own hostility from what merely
// looks like it: a denial, counter-speech, a word said of oneself, a word
// that describes a thing rather than a person, a name. Each rule asks the
// questions that fit it; the answers are the same for all.

// negated reports whether clause c denies h: a negation in the clause
// outside h ("ik haat X niet"), or in the clause a "dat" clause hangs from
// ("ik heb nooit gezegd dat ..."). A question's negation is rhetorical
// ("is het niet duidelijk dat ...?") and counts for nothing.
func (v *toneView) negated(h thit, c int) bool {
	if v.sents[v.clauses[c].sent].question {
		return false
	}
	return v.clauseHas(c, cNeg, h) || v.governing(c, cNeg)
}

// governing reports whether clause c starts with "dat"/"that" and the
// clause before it in the sentence has a word of class.
func (v *toneView) governing(c int, class wclass) bool {
	first := v.words[v.clauses[c].first].low
	if first != "dat" && first != "that" || c == 0 || v.clauses[c-1].sent != v.clauses[c].sent {
		return false
	}
	if class == cNeg && v.clauseHas(c-1, cFlip, noHit) {
		return false // "vergeet niet dat ..." asserts what follows
	}
	return v.clauseHas(c-1, class, noHit)
}

// counterSpeech reports whether the sentence of clause c reports or rejects
// hate rather than voicing it: "zeggen dat ...", "... noemen", "racisme".
func (v *toneView) counterSpeech(c int) bool { return v.inSentence(tCounter, v.clauses[c].sent) }

// aboutWriter reports whether h is said of the writer, or of nobody in
// particular: the nearest person before it is "ik", "mijn", "we" or
// "niemand" ("ik was een sukkel", "al mijn flikkers", "niemand hoeft een
// eikel te zijn").
func (v *toneView) aboutWriter(h thit) bool {
	const person = cFirst | cSecond | cThird | cPlural | cNobody
	p := v.before(h, person, 0)
	if p < 0 { // "Ik was dronken, en een sukkel": look back in the sentence
		p = v.scan(v.sents[v.sentOf(h.first)].first, h.first-1, true, person, h)
	}
	if p < 0 { // "Wat een sukkel ben ik"
		p = v.scan(h.last+1, min(h.last+2, len(v.words)-1), false, person, h)
	}
	return p >= 0 && v.words[p].class&(cFirst|cNobody) != 0
}

// deniedRightBefore reports "geen idioot", "niet zo'n sukkel".
func (v *toneView) deniedRightBefore(h thit) bool {
	return v.before(h, cNeg, 2) >= 0
}

// attributive reports whether a match describes the noun after it ("een
// idioot idee", "domme opmerkingen", "de ergste slachtoffers") rather than
// a person or a group.
func (v *toneView) attributive(h thit) bool { return v.beforeNoun(h.last) }

// addressed reports whether an ambiguous word is aimed at a person: the
// reader is addressed in the clause ("jij lul"), a word like "wat een",
// "zo'n" or "stel" stands just before it, or it is a sentence of its own
// ("Idioot!").
func (v *toneView) addressed(h thit) bool {
	c := v.words[h.first].clause
	if v.clauseHas(c, cSecond, h) {
		return true
	}
	if v.before(h, cCue, 4) >= 0 {
		return true
	}
	i, cl := h.first, v.clauses[c]
	if i >= 2 && v.words[i-1].low == "een" && v.words[i-2].low == "wat" {
		return true // "wat een ...", but not "wat voor ..."
	}
	st := v.sents[cl.sent]
	return st.first == h.first && st.last == h.last // "Idioot!", but not "Pik, hoe kan dat?"
}

// possessive reports whether pronoun i goes with the noun after it: "je jas",
// "haar auto", "je kapotte platen".
func (v *toneView) possessive(i int) bool { return v.beforeNoun(i) }

// beforeNoun reports whether the next word in the clause of word i is a
// content word, which word i then describes or owns.
func (v *toneView) beforeNoun(i int) bool {
	next := i + 1
	return next < len(v.words) && v.words[next].clause == v.words[i].clause && v.isContentWord(next)
}

// properNoun reports a capital in the middle of a sentence: "Mongool" is
// someone from Mongolia.
func (v *toneView) properNoun(h thit) bool {
	w := v.words[h.first]
	r, _ := utf8.DecodeRuneInString(v.d.Tokens[w.tok].Text)
	return unicode.IsUpper(r) && h.first != v.sents[v.clauses[w.clause].sent].first
}
