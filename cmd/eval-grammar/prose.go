package main

import (
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"postwijs/checker"
	"postwijs/spelling"
)

// measureProse counts findings on correct Dutch prose: each is a false
// alarm. The figure that matters is alarms per 1,000 sentences.
func measureProse(s *spelling.Speller, rules []*checker.Rule, path, show string) {
	raw, err := os.ReadFile(path)
	if err != nil {
		fmt.Println("\nprose:", err)
		return
	}
	text := string(raw)
	d := checker.NewDoc(text, checker.Options{Lang: "nl", Speller: s})
	sentences := len(d.Sentences())
	fs := check(s, rules, text)
	fmt.Printf("\nFalse alarms on correct prose, %s: %d sentences, %d findings = %.2f per 1,000 sentences (target at most 1)\n",
		path, sentences, len(fs), 1000*float64(len(fs))/float64(max(sentences, 1)))
	for _, f := range fs {
		line := lineAround(text, f.start)
		fmt.Printf("    %s: %q -> %q in %q\n", f.rule, f.text, f.first, line)
	}
}

func lineAround(text string, at int) string {
	start, end := at, at
	for start > 0 && text[start-1] != '\n' {
		start--
	}
	for end < len(text) && text[end] != '\n' {
		end++
	}
	return text[start:end]
}

// measureSpeed times the grammar rules on 3,000-character posts: first
// on posts whose words the dictionary was never asked about (the first
// check after start), then as while typing, on a post that changes by a
// character each time.
func measureSpeed(s *spelling.Speller, rules []*checker.Rule, path string) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return
	}
	chunks := chunksOf(string(raw), 3000)
	if len(chunks) == 0 {
		return
	}
	// Load the word lists once (every rule of the checker shares them).
	check(s, rules, "Het is goed.")
	var cold time.Duration
	n := min(5, len(chunks))
	for _, c := range chunks[:n] {
		t0 := time.Now()
		check(s, rules, c)
		cold += time.Since(t0)
	}
	post := chunks[0]
	i := 0
	res := testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			i++
			check(s, rules, post+strconv.Itoa(i))
		}
	})
	fmt.Printf("\nSpeed of the grammar rules on a 3,000-character post (target at most 1 ms):\n")
	fmt.Printf("  first check of new text (mean of %d posts): %v\n", n, (cold / time.Duration(n)).Round(time.Microsecond))
	fmt.Printf("  while typing (the text changes, its words were seen): %v per check, %d allocations\n",
		time.Duration(res.NsPerOp()).Round(time.Microsecond), res.AllocsPerOp())
}

// chunksOf cuts text into pieces of about n characters, at spaces.
func chunksOf(text string, n int) []string {
	var out []string
	r := []rune(text)
	for len(r) >= n {
		cut := n
		for cut > 0 && r[cut-1] != ' ' && r[cut-1] != '\n' {
			cut--
		}
		if cut == 0 {
			cut = n
		}
		out = append(out, string(r[:cut]))
		r = r[cut:]
	}
	return out
}
