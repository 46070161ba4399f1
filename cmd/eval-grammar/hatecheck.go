package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strings"

	"postwijs/checker"
	"postwijs/spelling"
)

// measureHateCheck counts grammar findings on the test cases of
// HateCheck-NL: short sentences that native speakers wrote for another
// purpose, so they are Dutch the rules were never shaped on. Cases that
// misspell on purpose (the "spell_" functionalities) are left out; every
// other finding is a false alarm. Unless show is "hatecheck", only the
// count is printed: the corpus may not be copied, so neither are its
// sentences.
func measureHateCheck(s *spelling.Speller, rules []*checker.Rule, path, show string) {
	f, err := os.Open(path)
	if err != nil {
		fmt.Println("\nHateCheck-NL:", err)
		return
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) < 2 {
		fmt.Println("\nHateCheck-NL: unreadable:", err)
		return
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	seen := map[string]bool{}
	sentences, alarms := 0, 0
	for _, r := range rows[1:] {
		text := r[col["test_case"]]
		if strings.HasPrefix(r[col["functionality"]], "spell_") || seen[text] {
			continue
		}
		seen[text] = true
		sentences++
		for _, fd := range check(s, rules, text) {
			alarms++
			if show == "hatecheck" {
				fmt.Printf("    %s: %q -> %q in %q\n", fd.rule, fd.text, fd.first, text)
			}
		}
	}
	fmt.Printf("\nFindings on HateCheck-NL's test cases (not written for this project; deliberate misspellings left out; each a false alarm unless the case has a slip): %d sentences, %d findings = %.2f per 1,000 sentences\n",
		sentences, alarms, 1000*float64(alarms)/float64(max(sentences, 1)))
}
