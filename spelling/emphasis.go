package spelling

import "strings"

// Writers stress a word with accents, backticks or stretched letters:
// "dàt", "mòet", "da`t", "zóóóó", "heeeeeel", "jaaaaaaren". OpenTaal lists
// the stressed forms, written with acute accents on the whole vowel group
// ("dát", "móét", "héél", "zó", "járen"), but they are three or more edits
// from what was typed, so the edit searches never reach them. Here the
// typed word is reduced to its plain letters, stretched letters are shrunk
// to one or two, and the vowel group that carried the stress gets its
// accents back; whatever the dictionary lists is a candidate. On OpenTaal's
// corrections about one row in thirty is such a word.

// emphasisCost is what a stressed form costs: below any candidate of the
// error model, even after the prior (candidates.prior), because the writer
// asked for the stress: "dàt" means "dát", not "dat".
const emphasisCost = -0.5

// acute gives a plain vowel its acute accent, the way Dutch writes stress.
var acute = map[rune]rune{'a': 'á', 'e': 'é', 'i': 'í', 'o': 'ó', 'u': 'ú'}

// grave is for the few words whose accent is grave ("hè", "Genève").
var grave = map[rune]rune{'a': 'à', 'e': 'è', 'i': 'ì', 'o': 'ò', 'u': 'ù'}

// stressMarks are the accents a writer adds for stress; a diaeresis
// ("ideeën") is spelling, not stress, and is left alone.
const stressMarks = "áàâéèêíìîóòôúùû"

func isVowel(r rune) bool { return strings.ContainsRune("aeiou", r) }

// stressed is one letter of the reduced word: its plain form and whether
// the writer stressed it.
type stressed struct {
	r      rune
	marked bool
}

// emphasisCandidates calls fn with every stressed or shrunk form of w the
// listed function accepts; listed returns the form as the dictionary
// writes it, or "" when it does not list it. The cost says how good a
// match it is: a fully stressed vowel group first, then one accented
// letter, then the plain word.
func emphasisCandidates(w string, listed func(string) string, fn func(form string, cost float64)) {
	if strings.ContainsAny(w, "`´") {
		// A backtick for an apostrophe ("zo`n", "Lazio`s") goes before a
		// backtick for an accent ("Da`t" -> "Dát").
		if form := listed(backticks.Replace(w)); form != "" {
			fn(form, emphasisCost-0.1)
		}
	}
	letters, ok := reduce(w)
	if !ok {
		return
	}
	for _, v := range shrinks(letters) {
		plainForm := make([]rune, len(v))
		for i, l := range v {
			plainForm[i] = l.r
		}
		for i, l := range v {
			if !l.marked || i > 0 && v[i-1].marked && v[i-1].r == l.r {
				continue
			}
			for _, f := range stressGroup(plainForm, i) {
				if form := listed(f); form != "" {
					fn(form, emphasisCost)
				}
			}
			for _, accent := range []map[rune]rune{acute, grave} {
				if a, ok := accent[l.r]; ok {
					one := string(plainForm[:i]) + string(a) + string(plainForm[i+1:])
					if form := listed(one); form != "" {
						fn(form, emphasisCost+0.02)
					}
				}
			}
		}
		if form := listed(string(plainForm)); form != "" {
			fn(form, emphasisCost+0.1)
		}
	}
}

// reduce strips stress from w: accents to plain letters, a backtick or
// acute sign after a vowel onto that vowel, elsewhere an apostrophe. It
// reports false when nothing in w looks like stress.
func reduce(w string) ([]stressed, bool) {
	rs := []rune(w)
	var out []stressed
	any := false
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '`' || r == '´':
			if n := len(out); n > 0 && isVowel(out[n-1].r) {
				out[n-1].marked, any = true, true
			} else {
				out = append(out, stressed{r: '\''})
			}
		case strings.ContainsRune(stressMarks, r):
			out = append(out, stressed{r: plain(r), marked: true})
			any = true
		default:
			out = append(out, stressed{r: r})
		}
	}
	// A letter typed three or more times is stretched.
	for i := 0; i+2 < len(out); i++ {
		if out[i].r == out[i+1].r && out[i].r == out[i+2].r {
			any = true
			for j := i; j < len(out) && out[j].r == out[i].r; j++ {
				out[j].marked = true
			}
		}
	}
	return out, any
}

// shrinks returns the ways to write each stretched or stressed run of one
// letter once or twice ("zóóveel" -> "zoveel", "zooveel"), at most a
// handful of them.
func shrinks(letters []stressed) [][]stressed {
	out := [][]stressed{nil}
	for i := 0; i < len(letters); {
		j := i
		for j < len(letters) && letters[j].r == letters[i].r {
			j++
		}
		run := letters[i:j]
		lengths := []int{len(run)}
		if len(run) >= 3 || len(run) == 2 && run[0].marked {
			lengths = []int{1, 2}
		}
		var next [][]stressed
		for _, o := range out {
			for _, n := range lengths {
				v := append(append([]stressed(nil), o...), run[:n]...)
				next = append(next, v)
			}
		}
		if len(next) > 8 {
			next = next[:8]
		}
		out = next
		i = j
	}
	return out
}

// stressGroup accents the vowel group around position i the way Dutch
// writes stress: every vowel ("díé", "móét", "héél"), except a closing i
// or u after two vowels ("móói", "nóóit"), and the i of ij alone ("bíj").
func stressGroup(w []rune, i int) []string {
	if !isVowel(w[i]) {
		return nil
	}
	a, b := i, i+1
	for a > 0 && isVowel(w[a-1]) {
		a--
	}
	for b < len(w) && isVowel(w[b]) {
		b++
	}
	end := b
	if end-a >= 3 && (w[end-1] == 'i' || w[end-1] == 'u') {
		end--
	}
	out := slicesClone(w)
	for k := a; k < end; k++ {
		out[k] = acute[w[k]]
	}
	return []string{string(out)}
}

func slicesClone(w []rune) []rune { return append([]rune(nil), w...) }
