package main

import (
	"fmt"
	"strings"

	"postwijs/checker"
	"postwijs/spelling"
)

// measureExamples runs the rules on the d/t rows of LanguageTool's example
// sentences. A row is a d/t row when its marked text and first correction
// differ only in word-final d's and t's ("vind" / "vindt", "Ik loopt" /
// "Ik loop", "aan het hard" / "aan het hart"), outside the TYPOS category
// (whose "laats" / "laatst" is a typo, not a grammar error). The right
// sentence is the wrong one with the marked text replaced.
func measureExamples(s *spelling.Speller, rules []*checker.Rule, path, show string) {
	rows, err := readRows(path, func(f []string) (string, string, string, bool) {
		if len(f) < 5 || f[4] == "TYPOS" {
			return "", "", "", false
		}
		marked, fix := f[2], strings.Split(f[3], "|")[0]
		if !onlyDT(marked, fix) {
			return "", "", "", false
		}
		wrong, right := corrected(f[1], fix)
		return wrong, right, f[0], true
	})
	if err != nil {
		fmt.Println("examples:", err)
		return
	}
	fmt.Printf("\nLanguageTool example sentences, d/t rows (%d of the file's rows; see onlyDT)\n", len(rows))
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

// corrected reads a sentence whose error stands between <marker> and
// </marker>: the sentence without the markers, and with the marked text
// replaced by fix (at the marker, not wherever the same letters first
// occur).
func corrected(marked, fix string) (wrong, right string) {
	before, rest, ok := strings.Cut(marked, "<marker>")
	if !ok {
		return marked, marked
	}
	inside, after, _ := strings.Cut(rest, "</marker>")
	return before + inside + after, before + fix + after
}

// onlyDT: the two texts have the same words but for word-final d/t.
func onlyDT(a, b string) bool {
	wa, wb := words(a), words(b)
	if len(wa) != len(wb) {
		return false
	}
	differ := false
	for i := range wa {
		x, y := strings.ToLower(wa[i]), strings.ToLower(wb[i])
		if strings.TrimRight(x, "dt") != strings.TrimRight(y, "dt") {
			return false
		}
		differ = differ || x != y
	}
	return differ
}

// confusionWords are the pairs the confusion rules know.
var confusionWords = map[string]bool{"jou": true, "jouw": true, "u": true, "uw": true, "hun": true, "hen": true,
	"als": true, "dan": true, "me": true, "mijn": true, "zei": true, "zij": true}

// measureConfusions runs the rules on the example rows whose marked text
// has one of the confused words and whose correction changes it ("jou
// deur" / "jouw deur", "groter als mij" / "groter dan ik").
func measureConfusions(s *spelling.Speller, rules []*checker.Rule, path, show string) {
	rows, err := readRows(path, func(f []string) (string, string, string, bool) {
		if len(f) < 5 {
			return "", "", "", false
		}
		marked, fix := f[2], strings.Split(f[3], "|")[0]
		if !changesConfusion(marked, fix) {
			return "", "", "", false
		}
		wrong, right := corrected(f[1], fix)
		return wrong, right, f[0], true
	})
	if err != nil {
		fmt.Println("examples:", err)
		return
	}
	fmt.Printf("\nLanguageTool example sentences, rows with jou/jouw, u/uw, hun/hen, als/dan, me/mijn, zei/zij (%d rows)\n", len(rows))
	var t tally
	for _, r := range rows {
		fs := check(s, rules, r.wrong)
		ok := correctsTo(r.wrong, r.right, fs)
		t.add(r.n, ok, len(fs) > 0, len(check(s, rules, r.right)) > 0)
		listRow(show, r, len(ok) > 0, fs, nil)
	}
	t.print()
}

// changesConfusion: a confused word of the marked text is changed by the
// correction.
func changesConfusion(marked, fix string) bool {
	wa, wb := words(marked), words(fix)
	for i, w := range wa {
		if confusionWords[strings.ToLower(w)] && (i >= len(wb) || !strings.EqualFold(w, wb[i])) {
			return true
		}
	}
	return false
}

// measureExampleAlarms runs the rules on the corrected sentence of every
// row of LanguageTool's examples, whatever its error was: 348 sentences
// written by others. A finding there is a false alarm unless the
// sentence has a second slip LanguageTool's row did not mark.
func measureExampleAlarms(s *spelling.Speller, rules []*checker.Rule, path, show string) {
	rows, err := readRows(path, func(f []string) (string, string, string, bool) {
		if len(f) < 4 {
			return "", "", "", false
		}
		wrong, right := corrected(f[1], strings.Split(f[3], "|")[0])
		return wrong, right, f[0], true
	})
	if err != nil {
		fmt.Println("examples:", err)
		return
	}
	alarms := 0
	for _, r := range rows {
		for _, fd := range check(s, rules, r.right) {
			alarms++
			if show == "example-alarms" {
				fmt.Printf("    %d %s: %q -> %q in %q\n", r.n, fd.rule, fd.text, fd.first, r.right)
			}
		}
	}
	fmt.Printf("\nFindings on the corrected sentences of all %d LanguageTool example rows: %d\n", len(rows), alarms)
}
