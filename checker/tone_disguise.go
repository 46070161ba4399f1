package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Disguised words: a listed word with a typo ("wlag"), with digits for
// letters ("h44t") or run together with its neighbour ("Ikhaat") is read as
// the listed word, so neither a slip nor a trick hides it. Spelled-out
// words ("h a a t") span several tokens and are joined in tone_normalise.go.

// glue are common short words a run-together token may contain next to a
// listed word: "Ikhaat", "danafval", "gewoonzielig".
const glue = "ik je we de het een dan te zo die deze alle al aan van voor zijn is moeten gewoon echt enorm enorme absoluut absolute zoveel veel heel erg totaal totale zulke mensen i you we the a all are is so just"

// respell returns the word a token stands for when it is disguised or
// misspelled, or "" when it stands for itself.
func (lx *toneLexicon) respell(w string) string {
	var e *lexWord
	if lx.all.has(w) {
		e = lx.words[w]
	}
	if e.known() {
		return ""
	}
	if cand := unleet(w); cand != w {
		if lx.known(cand) {
			return cand
		}
		w, e = cand, lx.words[cand]
	}
	if e != nil && e.typo != "" {
		return e.typo
	}
	if a, b, ok := lx.split(w); ok {
		return a + " " + b
	}
	return ""
}

// addTypos files the common slips of a listed word under the word itself:
// two neighbouring letters swapped in words of four letters or more, one
// letter dropped in words of five or more, never the first letter. Shorter
// words get none: "dom" would otherwise catch "om". A slip that is itself a
// Dutch or English word is left alone (hate-typo-exceptions.tsv, checked
// against the system word lists by TestTyposAreNoWords); so is one that two
// words of different lists share ("moslim" and "muslim" may share theirs).
func (lx *toneLexicon) addTypos() {
	skip := map[string]bool{}
	for _, e := range WordList("hate-typo-exceptions").Entries {
		skip[lower(e.Phrase)] = true
	}
	typos := map[string]*lexWord{}
	for w, e := range lx.words {
		if e.in == 0 || e.class != 0 || utf8.RuneCountInString(w) < 4 || !isLetters(w) {
			continue
		}
		for _, v := range slips(w) {
			known, seen := typos[v]
			switch {
			case !seen:
				typos[v] = &lexWord{typo: w, in: e.in}
			case known.in != e.in:
				known.typo = "" // ambiguous
			case known.typo != "" && w < known.typo:
				known.typo = w // same lists: either will do; pick one stably
			}
		}
	}
	for v, t := range typos {
		if t.typo != "" && lx.words[v] == nil && !skip[v] {
			lx.word(v).typo = t.typo
		}
	}
}

// slips lists w with two neighbouring letters swapped or (five letters or
// more) one letter dropped, never touching the first.
func slips(w string) []string {
	r := []rune(w)
	var out []string
	for i := 1; i < len(r); i++ {
		if len(r) >= 5 {
			out = append(out, string(r[:i])+string(r[i+1:]))
		}
		if i+1 < len(r) && r[i] != r[i+1] {
			s := append([]rune{}, r...)
			s[i], s[i+1] = s[i+1], s[i]
			out = append(out, string(s))
		}
	}
	return out
}

// isLetters reports a word of letters only: only such words get typo forms
// or are split, never numbers, codes or abbreviations.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// split finds a listed word run together with a neighbour: "vrouwenophangen",
// "ikhaat". Both halves must be known words, one of them a hostile word or
// group of its own, and the second half three letters or more: Dutch
// compounds and endings ("terecht", "waarop", "flikkeren") stay whole. After
// a hostile word only a listed word or a small word may follow, so "dood"
// keeps its many compounds ("doodgewoon", "doodgaan").
func (lx *toneLexicon) split(w string) (string, string, bool) {
	if len(w) < 5 || !lx.mayHide(w) || !isLetters(w) {
		return "", "", false
	}
	for i := 2; i <= len(w)-3; i++ {
		if !utf8.RuneStart(w[i]) {
			continue
		}
		a, b := w[:i], w[i:]
		if !lx.all.has(b) && !lx.glue[b] {
			continue // most tails are no word at all: look at them first
		}
		eb, ea := lx.words[b], lx.words[a]
		switch {
		case eb != nil && eb.strong && lx.joinable(a, ea):
			return a, b, true // "ikhaat", "eenteef", "vrouwenophangen"
		case ea != nil && ea.strong && eb != nil && (eb.vocab && eb.class == 0 || eb.class&(cLink|cObject|cHead) != 0):
			return a, b, true // "doodaan", "verdoemalle", but not "doodgewoon"
		}
	}
	return "", "", false
}

// mayHide is the quick test of split: does w start or end like a strong word?
func (lx *toneLexicon) mayHide(w string) bool {
	return lx.heads.has(w[:3]) || lx.heads.has(w[:4]) || lx.tails.has(w[len(w)-3:]) || lx.tails.has(w[len(w)-4:])
}

// joinable reports whether w may stand before a listed word in a
// run-together token: a listed word of three letters or more, a grammar
// word or a glue word ("ik" in "ikhaat").
func (lx *toneLexicon) joinable(w string, e *lexWord) bool {
	return e != nil && (e.vocab && len(w) >= 3 || e.class != 0) || lx.glue[w]
}

// unleet reads digits inside a word as the letters they imitate: "h44t".
func unleet(w string) string {
	if !strings.ContainsAny(w, "013457") || strings.IndexFunc(w, unicode.IsLetter) < 0 {
		return w
	}
	return leet.Replace(w)
}

var leet = strings.NewReplacer("0", "o", "1", "i", "3", "e", "4", "a", "5", "s", "7", "t")
