package main

import (
	"fmt"
	"sort"

	"postwijs/checker"
	"postwijs/spelling"
)

// measureOwnSet runs the rules on checker/testdata/dt-errors-nl.tsv: whole
// sentences with one d/t slip each, written for this project, so the rules
// can be developed on full sentences as posts have them. -own FILE
// measures another set of the same form, such as one written apart and
// measured before any rule is tuned on it.
func measureOwnSet(s *spelling.Speller, rules []*checker.Rule, path, show string) {
	rows, err := readRows(path, func(f []string) (string, string, string, bool) {
		if len(f) < 3 {
			return "", "", "", false
		}
		return f[1], f[2], f[0], true
	})
	if err != nil {
		fmt.Println("\nOwn d/t sentences:", err)
		return
	}
	fmt.Printf("\nOwn d/t sentences (%s): one slip per sentence\n", path)
	type count struct{ rows, caught, alarms int }
	byKind := map[string]*count{}
	var total count
	nonWords := 0 // missed rows whose wrong word the dictionary does not know
	for _, r := range rows {
		fs := check(s, rules, r.wrong)
		caught := len(correctsTo(r.wrong, r.right, fs)) > 0
		if w := slipWord(r.wrong, r.right); !caught && w != "" && !s.Known(w, "nl") {
			nonWords++
		}
		alarms := check(s, rules, r.right)
		c := byKind[r.kind]
		if c == nil {
			c = &count{}
			byKind[r.kind] = c
		}
		for _, c := range []*count{c, &total} {
			c.rows++
			if caught {
				c.caught++
			}
			if len(alarms) > 0 {
				c.alarms++
			}
		}
		switch {
		case show == "own-missed" && !caught:
			fmt.Printf("    %d [%s] %s -> %s  %v\n", r.n, r.kind, r.wrong, r.right, fs)
		case show == "own-alarms" && len(alarms) > 0:
			fmt.Printf("    %d alarm on right text %q: %v\n", r.n, r.right, alarms)
		}
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range append(kinds, "all") {
		c := byKind[k]
		if k == "all" {
			c = &total
		}
		fmt.Printf("  %-22s %3d rows: right correction first %3d (%s); findings on the corrected sentence %d\n",
			k, c.rows, c.caught, pct(c.caught, c.rows), c.alarms)
	}
	fmt.Printf("  of the %d rows missed, %d have a slip that is no Dutch word at all: the spelling rule flags those\n",
		total.rows-total.caught, nonWords)
}

// slipWord is the word of wrong that right changes, or "".
func slipWord(wrong, right string) string {
	ws, rs := words(wrong), words(right)
	if len(ws) != len(rs) {
		return ""
	}
	for i := range ws {
		if ws[i] != rs[i] {
			return ws[i]
		}
	}
	return ""
}
