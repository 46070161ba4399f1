package main

import (
	"fmt"
	"slices"
	"strings"

	"postwijs/spelling"
)

// showMisses lists the tuned (odd) rows whose right word is not among the
// first three suggestions, so they can be studied. The held-out (even)
// rows are never listed: looking at them would make their figure dishonest.
// Each miss says whether any speller could have got it: a right word the
// dictionary does not accept cannot be suggested.
func showMisses(s *spelling.Speller, rows []row, out []outcome) {
	fmt.Println("\nOdd rows whose right word is not in the top three (wrong -> right: ours)")
	var misses, unknown, multi int
	for i, r := range rows {
		if r.n%2 != 1 || slices.Contains(first(out[i].sugg, 3), r.right) {
			continue
		}
		misses++
		note := ""
		switch {
		case strings.Contains(r.right, " "):
			multi++
			note = "  [several words]"
		case !s.Known(r.right, "nl"):
			unknown++
			note = "  [unreachable: not known]"
		}
		if k := slices.Index(s.Suggest(r.wrong, "nl", 30), r.right); k >= 0 {
			note += fmt.Sprintf("  [rank %d]", k+1)
		}
		fmt.Printf("  %s -> %s: %s%s\n", r.wrong, r.right, strings.Join(first(out[i].sugg, 3), ", "), note)
	}
	fmt.Printf("  %d misses; right word not known: %d (%s), several words: %d (%s)\n",
		misses, unknown, pct(unknown, misses), multi, pct(multi, misses))
}

// unreachable counts, among the rows outside the top three, the right
// words the dictionary does not accept, which no suggestion can reach.
// Only counts are printed, so the even rows stay unseen.
func unreachable(s *spelling.Speller, rows []row, out []outcome) {
	for _, part := range []struct {
		label  string
		parity int
	}{{"all", -1}, {"odd", 1}, {"even", 0}} {
		var misses, unknown int
		for i, r := range rows {
			if part.parity >= 0 && r.n%2 != part.parity || slices.Contains(first(out[i].sugg, 3), r.right) {
				continue
			}
			misses++
			if !knownWords(s, r.right) {
				unknown++
			}
		}
		fmt.Printf("  %-4s rows: %d outside the top three, of which the right word is not accepted by Known: %d (%s)\n",
			part.label, misses, unknown, pct(unknown, misses))
	}
}

// knownWords is Known for every word of a correction with spaces.
func knownWords(s *spelling.Speller, w string) bool {
	for _, p := range strings.Fields(w) {
		if !s.Known(p, "nl") {
			return false
		}
	}
	return true
}
