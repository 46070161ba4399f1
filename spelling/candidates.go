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
		if cost <= bestCost+1 && !strings.Contains(form, " ") && !c.fixed[form] {
			c.seen[form] = cost - c.wt.Prior*math.Log2(1+float64(d.startsOf(form, 64)))
		}
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
