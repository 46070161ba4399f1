package spelling

import (
	"math"
	"strings"
	"unicode"
)

// soundVariants rewrites one sound-alike spelling in w ("toegejuigd" ->
// "toegejuichd"), so that a word three edits away but one confusion plus
// one slip away is still found.
func soundVariants(w string) []string {
	rs := []rune(w)
	var out []string
	for i := range rs {
		for _, r := range soundRules {
			if i+len(r.a) <= len(rs) && runesEqual(rs[i:i+len(r.a)], r.a) {
				v := string(rs[:i]) + string(r.b) + string(rs[i+len(r.a):])
				out = append(out, v)
			}
		}
	}
	return out
}

// endingVariants replaces the ending of w by the endings it is written
// for ("boekske" -> "boekje"), to be searched one edit around.
func endingVariants(w string) []string {
	var out []string
	for _, p := range endingPairs {
		if strings.HasSuffix(w, p[0]) && len(w) > len(p[0])+1 {
			out = append(out, w[:len(w)-len(p[0])]+p[1])
		}
	}
	return out
}

// splits offers the word as two words when both halves are words: "4mm"
// -> "4 mm", "uitelkaar" -> "uit elkaar". A missing space costs one
// insertion.
func (c *candidates) splits(w string, known func(string) bool) {
	rs := []rune(w)
	for i := 1; i < len(rs); i++ {
		a, b := string(rs[:i]), string(rs[i:])
		if rs[i-1] == '-' || rs[i] == '-' {
			continue // a space beside a hyphen: "video- call" is no fix of "video-call"
		}
		if (len(rs[:i]) > 1 || isNumber(a)) && len(rs[i:]) > 1 && known(a) && known(b) {
			extra := 0.0
			if isNumber(a) {
				extra = c.wt.Joiner - c.wt.Split // "4mm": a number and its unit
			}
			c.add(a+" "+b, extra)
		}
	}
}

func isNumber(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// prior lowers the cost of words that many listed words start with. A
// dictionary has no word counts, but productive words ("miljoen",
// "miljoenen", "miljoenennota" …) are the common ones; rare words
// ("mihoen") start few others. It only reorders close candidates.
func (c *candidates) prior(d *dict) {
	if c.wt.Prior == 0 {
		return
	}
	bestCost := math.Inf(1)
	for form, cost := range c.seen {
		if !c.fixed[form] {
			bestCost = min(bestCost, cost)
		}
	}
	for form, cost := range c.seen {
		if cost > bestCost+1 || c.fixed[form] {
			continue
		}
		if a, b, ok := strings.Cut(form, " "); ok {
			// Two words written as one are mostly two common ones
			// ("ommee" for "om mee"); the rarer of the two decides.
			c.seen[form] = cost - min(commonBonus(a, c.wt.Common), commonBonus(b, c.wt.Common))
			continue
		}
		// Common words are productive too: the larger bonus counts.
		c.seen[form] = cost - max(c.wt.Prior*math.Log2(1+float64(d.startsOf(form, 64))), commonBonus(form, c.wt.Common))
	}
}

// startsOf counts the listed forms that start with w, up to limit.
func (d *dict) startsOf(w string, limit int) int {
	end := []byte(w + "\xff")
	it, err := d.fst.Iterator([]byte(w), end)
	n := 0
	for err == nil && n < limit {
		n++
		err = it.Next()
	}
	return n
}

// soundDistance is how far the search goes around a sound-alike variant.
const soundDistance = 1

// acronymVariant writes the part before an apostrophe or hyphen in
// capitals, for words built on an acronym: "vvd'er" -> "VVD'er",
// "usb-poort" -> "USB-poort".
func acronymVariant(w string) (string, bool) {
	i := strings.IndexAny(w, "'-")
	if i < 2 || i > 5 {
		return "", false
	}
	return strings.ToUpper(w[:i]) + w[i:], true
}

// editDistance counts the plain edits from a to b (letters replaced, left
// out, added, two neighbours swapped), the way the Levenshtein automaton
// counts them.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	prev2 := make([]int, len(y)+1)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(y)]
}

// soundPairs are spellings of one sound that writers confuse; each pair
// works both ways.
var soundPairs = [][2]string{
	{"ei", "ij"}, {"au", "ou"}, {"ij", "y"}, {"ch", "g"}, {"c", "k"}, {"s", "z"},
	{"f", "v"}, {"ks", "x"}, {"ph", "f"}, {"th", "t"}, {"ie", "i"}, {"oo", "o"},
	{"ee", "e"}, {"aa", "a"}, {"uu", "u"}, {"qu", "kw"}, {"c", "s"}, {"sch", "s"},
	{"o", "eau"}, // "buro", "kado": French spellings written as heard
	// Loanwords written as heard, or Dutch written the English way:
	// "psiegologie", "restorant", "joghurt", "treinee", "koelant".
	{"ie", "y"}, {"ae", "e"}, {"sc", "s"}, {"oo", "eau"}, {"o", "au"},
	{"u", "oe"}, {"ct", "x"}, {"ee", "ai"}, {"y", "j"},
	// The unstressed -lijk is said as "luk": "vriendelek", "eerluk".
	{"lek", "lijk"}, {"luk", "lijk"},
}

// endingPairs are endings written for other endings, typed first, meant
// second; they count only at the end of the word, where they are
// inflection or dialect, not spelling: the southern diminutive ("boekske",
// "fietskes"), the spoken one ("pakkies"), a t or d after an agent noun
// ("kijkert", "stemmerd"), plural -s, -es and -en ("opgaves",
// "telefonen"), -e for -en and back ("verzonde", "getypten"), -lijk(s)
// ("jaarlijk"), a participle with -ende ("geziende"), -ies for -isch, and
// English endings for their Dutch spelling ("babies", "partnerships").
var endingPairs = [][2]string{
	{"ke", "je"}, {"kes", "jes"}, {"ske", "je"}, {"skes", "jes"}, {"ke", "tje"},
	{"ie", "je"}, {"ies", "jes"},
	{"rt", "r"}, {"rd", "r"},
	{"es", "en"}, {"en", "es"}, {"en", "s"}, {"s", "en"}, {"s", "ën"}, {"e", "en"}, {"en", "e"},
	{"lijke", "lijk"}, {"lijk", "lijks"}, {"lijke", "lijkse"},
	{"ende", "ene"}, {"ende", "en"}, {"ies", "isch"}, {"iese", "ische"},
	{"ies", "y's"}, {"ship", "schap"}, {"ships", "schappen"}, // English plurals and "-ship"
}

var endingRules = func() []soundRule {
	var out []soundRule
	for _, p := range endingPairs {
		out = append(out, soundRule{[]rune(p[0]), []rune(p[1])})
	}
	return out
}()

type soundRule struct {
	a, b []rune
}

var soundRules = func() []soundRule {
	var out []soundRule
	for _, p := range soundPairs {
		out = append(out, soundRule{[]rune(p[0]), []rune(p[1])}, soundRule{[]rune(p[1]), []rune(p[0])})
	}
	return out
}()
