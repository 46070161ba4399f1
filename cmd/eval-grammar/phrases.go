package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"unicode"

	"postwijs/checker"
	"postwijs/spelling"
)

// row is one wrong/right pair of a corpus, numbered from 1 after the header.
type row struct {
	n            int
	wrong, right string
	kind         string
}

// tally counts caught rows over all, odd and even rows.
type tally struct {
	rows, caught, anyFinding, rightAlarms [3]int
	byRule                                map[string]int // caught rows by the rule that caught them
	// withoutIdioms counts rows caught by a rule other than dt-idiom: the
	// idiom list names fixed expressions, some of which occur in the
	// corpora, so the general rules' figure is given apart.
	withoutIdioms [3]int
}

func (t *tally) add(n int, caught []string, any, alarm bool) {
	if t.byRule == nil {
		t.byRule = map[string]int{}
	}
	if len(caught) > 0 {
		t.byRule[caught[0]]++
	}
	general := len(caught) > 0 && caught[0] != "dt-idiom"
	for _, i := range []int{0, 2 - n%2} { // 0 all, 1 odd, 2 even
		t.rows[i]++
		if len(caught) > 0 {
			t.caught[i]++
		}
		if general {
			t.withoutIdioms[i]++
		}
		if any {
			t.anyFinding[i]++
		}
		if alarm {
			t.rightAlarms[i]++
		}
	}
}

func (t *tally) print() {
	for i, name := range []string{"all rows ", "odd rows ", "even rows"} {
		fmt.Printf("  %s (%2d): right correction first %2d (%s) [without the idiom list %2d (%s)], flagged at all %2d; findings on the corrected text %d\n",
			name, t.rows[i], t.caught[i], pct(t.caught[i], t.rows[i]), t.withoutIdioms[i], pct(t.withoutIdioms[i], t.rows[i]),
			t.anyFinding[i], t.rightAlarms[i])
	}
	fmt.Printf("  caught by rule: %v\n", t.byRule)
}

// measurePhrases runs the rules on LanguageTool's d/t phrases: a row is
// caught when a finding's first suggestion turns a word of the wrong
// phrase into the word the right phrase has there.
func measurePhrases(s *spelling.Speller, rules []*checker.Rule, path, show string) {
	rows, err := readRows(path, func(f []string) (string, string, string, bool) {
		return f[0], f[1], f[2], len(f) >= 3
	})
	if err != nil {
		fmt.Println("phrases:", err)
		return
	}
	fmt.Println("LanguageTool d/t phrases (languagetool-nl-dt-phrases.tsv)")
	var t tally
	for _, r := range rows {
		fs := check(s, rules, r.wrong)
		ok := correctsTo(r.wrong, r.right, fs)
		alarms := check(s, rules, r.right)
		t.add(r.n, ok, len(fs) > 0, len(alarms) > 0)
		listRow(show, r, len(ok) > 0, fs, alarms)
	}
	t.print()
}

// correctsTo returns the rules whose finding's first suggestion, put in
// place of its span, makes the word at that place equal to the right
// text's word there.
func correctsTo(wrong, right string, fs []finding) []string {
	want := words(right)
	var out []string
	for _, f := range fs {
		fixed := words(wrong[:f.start] + f.first + wrong[f.end:])
		idx := len(words(wrong[:f.start]))
		if idx < len(fixed) && idx < len(want) && strings.EqualFold(fixed[idx], want[idx]) {
			out = append(out, f.rule)
		}
	}
	return out
}

// words splits text into words without punctuation.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-'
	})
}

func listRow(show string, r row, caught bool, fs, alarms []finding) {
	// Only the odd rows are listed: the even ones are held out.
	switch {
	case show == "missed" && !caught && r.n%2 == 1,
		show == "caught" && caught && r.n%2 == 1:
		fmt.Printf("    %d [%s] %s -> %s  %v\n", r.n, r.kind, r.wrong, r.right, fs)
	case show == "alarms" && len(alarms) > 0 && r.n%2 == 1:
		fmt.Printf("    %d alarm on right text %q: %v\n", r.n, r.right, alarms)
	}
}

// readRows reads a TSV file with a header; pick returns the wrong and
// right text and the row's kind, and whether the row is usable.
func readRows(path string, pick func([]string) (string, string, string, bool)) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []row
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		if n++; n == 1 {
			continue // header
		}
		if w, r, k, ok := pick(strings.Split(sc.Text(), "\t")); ok {
			out = append(out, row{n: n - 1, wrong: w, right: r, kind: k})
		}
	}
	return out, sc.Err()
}
