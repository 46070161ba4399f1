package spelling

import "strings"

// The error model says how likely a writer is to type wrong when they
// meant cand: a weighted edit distance in which the mistakes people
// actually make in Dutch cost less than arbitrary ones. A d/t slip at the
// end of a verb, a missing double consonant, ei for ij, a missing accent or
// a swapped pair of keys are cheap; replacing a letter by an unrelated one
// costs a full point. The weights are in weights below; cmd/eval-spelling
// measured them on the odd rows of OpenTaal's corrections list and reports
// the even rows apart as held-out data.

// weights are the costs of the error model.
type weights struct {
	Sub, Ins, Del   float64 // an unrelated letter replaced, left out, typed extra
	Transpose       float64 // two neighbours swapped
	Double          float64 // a letter doubled or undoubled ("claxonneren", "labellen")
	DT              float64 // d for t or t for d
	DTEnd           float64 // the same in the last two letters, where verb endings are
	Accent          float64 // a letter with or without diacritic ("enquete", "ideeen")
	Neighbour       float64 // a neighbouring key on the keyboard
	Case            float64 // only the case differs
	Link            float64 // a linking s, e or n left out or added ("bedrijfstroom")
	Joiner          float64 // a hyphen or apostrophe left out or added
	Sound           float64 // one spelling of a sound for another (ei/ij, au/ou, c/k …)
	Compound        float64 // extra cost of a candidate that is a compound, not a listed word
	LengthPerLetter float64 // tie-breaker: prefer candidates close in length
	Split           float64 // a space left out ("uitelkaar" for "uit elkaar")
	Prior           float64 // weight of a word's productivity (candidates.prior)
	Ending          float64 // one Dutch ending for another (endingPairs: "boekske", "opgaves")
	Participle      float64 // the "ge" of a participle left out or added (geCandidates)
	Common          float64 // bonus of the commonest word (commonBonus)
	WideFrom        float64 // search wider when no candidate costs less (dict.widen)
	Repeat          float64 // one of two like syllables left out or doubled (repeatCandidates)
	Hyphen          float64 // extra for a hyphen put between two parts where no vowels meet
	Dot             float64 // the dot of an abbreviation left out or added ("bijv", "zgn")
}

var defaultWeights = weights{
	Sub: 1, Ins: 1, Del: 1, Transpose: 0.6, Double: 0.4, DT: 0.5, DTEnd: 0.25,
	Accent: 0.2, Neighbour: 0.85, Case: 0.1, Link: 0.45, Joiner: 0.3, Sound: 0.4,
	Compound: 0.2, LengthPerLetter: 0.01, Prior: 0.08, Split: 0.85, Ending: 0.4,
	Participle: 0.6, Common: 0.75, WideFrom: 2, Repeat: 0.8, Hyphen: 0.6, Dot: 0.15,
}

// accents maps letters with diacritics to the plain letter.
var accents = map[rune]rune{
	'á': 'a', 'à': 'a', 'ä': 'a', 'â': 'a', 'é': 'e', 'è': 'e', 'ë': 'e', 'ê': 'e',
	'í': 'i', 'ì': 'i', 'ï': 'i', 'î': 'i', 'ó': 'o', 'ò': 'o', 'ö': 'o', 'ô': 'o',
	'ú': 'u', 'ù': 'u', 'ü': 'u', 'û': 'u', 'ç': 'c', 'ñ': 'n',
	// Superscript and subscript figures, picked for one another or typed
	// plain: "km2", "km₂" for "km²".
	'⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
	'₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9',
}

func plain(r rune) rune {
	if p, ok := accents[r]; ok {
		return p
	}
	return r
}

// keyboard rows of a QWERTY keyboard, the layout Dutch keyboards use.
var keyRows = []string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

func neighbours(a, b rune) bool {
	ra, ca := keyPos(a)
	rb, cb := keyPos(b)
	if ra < 0 || rb < 0 {
		return false
	}
	dr, dc := ra-rb, ca-cb
	return dr >= -1 && dr <= 1 && dc >= -1 && dc <= 1 && (dr != 0 || dc != 0)
}

func keyPos(r rune) (int, int) {
	for i, row := range keyRows {
		if j := strings.IndexRune(row, r); j >= 0 {
			return i, j
		}
	}
	return -1, -1
}

func lowerRune(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return []rune(strings.ToLower(string(r)))[0]
}

// cost is the error model's distance from what was typed (wrong) to a
// candidate. It is a Damerau-Levenshtein distance whose operations have
// the weights above, plus the multi-letter sound rules.
func (wt *weights) cost(wrong, cand []rune) float64 {
	n, m := len(wrong), len(cand)
	d := make([]float64, (n+1)*(m+1))
	at := func(i, j int) *float64 { return &d[i*(m+1)+j] }
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			if i == 0 && j == 0 {
				continue
			}
			best := 1e9
			if i > 0 {
				best = min(best, *at(i-1, j)+wt.del(wrong, i-1, i == n))
			}
			if j > 0 {
				best = min(best, *at(i, j-1)+wt.ins(cand, j-1, j == m))
			}
			if i > 0 && j > 0 {
				best = min(best, *at(i-1, j-1)+wt.sub(wrong[i-1], cand[j-1], i >= n-1 && j >= m-1))
			}
			if i > 1 && j > 1 && wrong[i-1] == cand[j-2] && wrong[i-2] == cand[j-1] {
				best = min(best, *at(i-2, j-2)+wt.Transpose)
			}
			for _, r := range soundRules {
				la, lb := len(r.a), len(r.b)
				if i >= la && j >= lb && runesEqual(wrong[i-la:i], r.a) && runesEqual(cand[j-lb:j], r.b) {
					best = min(best, *at(i-la, j-lb)+wt.Sound)
				}
			}
			if i == n && j == m {
				for _, r := range endingRules {
					la, lb := len(r.a), len(r.b)
					if i >= la && j >= lb && runesEqual(wrong[i-la:], r.a) && runesEqual(cand[j-lb:], r.b) {
						best = min(best, *at(i-la, j-lb)+wt.Ending)
					}
				}
			}
			*at(i, j) = best
		}
	}
	diff := float64(n - m)
	if diff < 0 {
		diff = -diff
	}
	return *at(n, m) + diff*wt.LengthPerLetter
}

func runesEqual(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (wt *weights) sub(a, b rune, end bool) float64 {
	switch {
	case a == b:
		return 0
	case lowerRune(a) == lowerRune(b):
		return wt.Case
	case plain(a) == plain(b):
		return wt.Accent
	case isJoiner(a) && isJoiner(b):
		return wt.Joiner // "pc-tje" for "pc'tje"
	case isDT(a) && isDT(b):
		if end {
			return wt.DTEnd
		}
		return wt.DT
	case end && isBP(a) && isBP(b):
		return wt.DT // a b sounds as p at the end of a word: "clup", "wep"
	case neighbours(a, b):
		return wt.Neighbour
	}
	return wt.Sub
}

func isDT(r rune) bool { return r == 'd' || r == 't' }

// isJoiner tells the marks that join or abbreviate words: a hyphen, an
// apostrophe, the dot of an abbreviation ("bijv.").
func isJoiner(r rune) bool { return r == '-' || r == '\'' || r == '.' }

func isBP(r rune) bool { return r == 'b' || r == 'p' }

// del is the cost of a letter typed that the candidate does not have.
func (wt *weights) del(w []rune, i int, last bool) float64 {
	return wt.extra(w, i, last, wt.Del)
}

// ins is the cost of a candidate letter the writer left out.
func (wt *weights) ins(c []rune, j int, last bool) float64 {
	return wt.extra(c, j, last, wt.Ins)
}

// extra prices one letter present on one side only, by what it is.
func (wt *weights) extra(s []rune, i int, last bool, base float64) float64 {
	r := s[i]
	switch {
	case i > 0 && s[i-1] == r, i+1 < len(s) && s[i+1] == r:
		return wt.Double
	case r == ' ':
		return wt.Split
	case r == '.':
		return wt.Dot
	case isJoiner(r):
		return wt.Joiner
	case isDT(r) && (last || i+1 == len(s)-1) && (i > 0 && isDT(s[i-1]) || i+1 < len(s) && isDT(s[i+1])):
		return wt.DTEnd
	case (r == 's' || r == 'e' || r == 'n') && i > 1 && i+2 < len(s):
		return wt.Link // a linking letter sits inside the word, between parts
	}
	return base
}
