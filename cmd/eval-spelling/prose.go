package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"postwijs/checker"
	"postwijs/spelling"
)

// recorder is the speller the checker sees: it remembers which words the
// spelling rule asked about, so hunspell can be asked about the same words.
type recorder struct {
	*spelling.Speller
	asked []string
}

func (r *recorder) Known(w, lang string) bool {
	if !strings.HasSuffix(w, ".") {
		r.asked = append(r.asked, w)
	}
	return r.Speller.Known(w, lang)
}

// measureProse counts false alarms on correct prose: every spelling finding
// on text that has no spelling mistakes is one.
func measureProse(s *spelling.Speller, dir string, h hunspell) {
	fmt.Println("\nFalse alarms on correct prose (spelling/testdata, written for this test)")
	for _, lang := range []string{"nl", "en"} {
		raw, err := os.ReadFile(filepath.Join(dir, "prose-"+lang+".txt"))
		if err != nil {
			fmt.Println(" ", err)
			continue
		}
		rec := &recorder{Speller: s}
		var flagged []string
		for _, f := range checker.Check(string(raw), checker.Options{Lang: lang, Speller: rec}) {
			if f.Rule == "spelling" {
				flagged = append(flagged, f.Text)
			}
		}
		words, flagged := unique(rec.asked), unique(flagged)
		fmt.Printf("  %s: %d words in the text, %d distinct words asked about; Postwijs flags %d: %s\n",
			lang, len(strings.Fields(string(raw))), len(words), len(flagged), strings.Join(flagged, ", "))
		if joined := listedJoined(s, lang, flagged); len(joined) > 0 {
			fmt.Printf("    of these, %d the dictionary lists without the hyphen (so the finding is the standard spelling, not a false alarm): %s\n",
				len(joined), strings.Join(joined, ", "))
		}
		if h.ok {
			hunspellAlarms(h, lang, words)
		}
	}
}

// listedJoined are the hyphenated words whose parts the dictionary writes
// as one word: "zij-ingang", where OpenTaal has "zijingang".
func listedJoined(s *spelling.Speller, lang string, words []string) []string {
	var out []string
	for _, w := range words {
		if strings.Contains(w, "-") && s.Known(strings.ReplaceAll(w, "-", ""), lang) {
			out = append(out, w)
		}
	}
	return out
}

// unique keeps each asked word once, in order.
func unique(words []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// hunspellAlarms asks hunspell about the words the rule asked about (so
// both see the same words, after the same filtering of names and code).
func hunspellAlarms(h hunspell, lang string, words []string) {
	dicts := map[string][]string{"nl": {"nl", "nl,en_US"}, "en": {"en_US"}}[lang]
	for _, d := range dicts {
		vs, err := h.check(d, words)
		if err != nil {
			fmt.Println("    hunspell:", err)
			return
		}
		var bad []string
		for i, v := range vs {
			if v.Wrong {
				bad = append(bad, words[i])
			}
		}
		fmt.Printf("    hunspell -d %s on the same words flags %d (distinct words): %s\n", d, len(bad), strings.Join(bad, ", "))
	}
}
