package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"postwijs/checker"
)

// toneLists are the word lists whose words can make a tone finding.
var toneLists = []string{"insults", "insults-homonyms", "insults-adjectives", "profanity",
	"hate", "hate-emotions", "hate-threats", "hate-slurs", "hate-slurs-homonyms"}

// coverage reports how many GrofLex lemmas a tone list matches as a whole.
// It is a figure only: the lists are written by hand and never derived from
// GrofLex, which is GPL and may only be measured against.
func coverage(w io.Writer, path string) {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(w, "\nGrofLex: not found (%v)\n", err)
		return
	}
	defer f.Close()
	lemmas, err := readLemmas(f)
	if err != nil {
		fmt.Fprintf(w, "\nGrofLex: %v\n", err)
		return
	}
	total, hit := map[string]int{}, map[string]int{}
	all := 0
	for _, l := range lemmas {
		total[l.category]++
		if listed(l.lemma) {
			hit[l.category]++
			all++
		}
	}
	fmt.Fprintf(w, "\nGrofLex lemmas matched whole by a tone list: %d of %d (%s)\n", all, len(lemmas), strings.TrimSpace(pct(all, len(lemmas))))
	var cats []string
	for c := range total {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool { return total[cats[i]] > total[cats[j]] })
	for _, c := range cats {
		fmt.Fprintf(w, "  %-4s %4d of %4d\n", c, hit[c], total[c])
	}
}

type lemma struct{ lemma, category string }

func readLemmas(r io.Reader) ([]lemma, error) {
	sc := bufio.NewScanner(r)
	var out []lemma
	for n := 0; sc.Scan(); n++ {
		cols := strings.Split(sc.Text(), "\t")
		if n == 0 || len(cols) < 4 {
			continue // header
		}
		out = append(out, lemma{lemma: cols[3], category: cols[2]})
	}
	return out, sc.Err()
}

// listed reports whether some tone list has an entry that matches the whole
// lemma.
func listed(word string) bool {
	d := checker.NewDoc(word, checker.Options{Lang: "nl"})
	for _, name := range toneLists {
		for _, m := range checker.WordList(name).Find(d) {
			if m.Start == 0 && m.End == len(word) {
				return true
			}
		}
	}
	return false
}
