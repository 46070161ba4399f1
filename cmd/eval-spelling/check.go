package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"postwijs/checker"
	"postwijs/spelling"
)

// postNL returns the first 3,000 characters of the Dutch prose, cut at a
// word: the size of a long LinkedIn post.
func postNL(dir string) (string, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "prose-nl.txt"))
	if err != nil {
		return "", err
	}
	r := []rune(string(raw))
	if len(r) > 3000 {
		r = r[:3000]
	}
	s := string(r)
	if i := strings.LastIndexAny(s, " \n"); i > 0 {
		s = s[:i]
	}
	return s, nil
}

// measureCheck times the spelling rule alone and all of checker.Check on a
// 3,000-character Dutch post.
func measureCheck(s *spelling.Speller, dir string) {
	post, err := postNL(dir)
	if err != nil {
		fmt.Println("\nCheck: no prose to check:", err)
		return
	}
	rule, _ := checker.RuleByID("spelling")
	opts := checker.Options{Lang: "nl", Speller: s}
	cold := testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			fresh, _ := spelling.Load(spelling.Options{}) // from the cache; not timed
			b.StartTimer()
			d := checker.NewDoc(post, checker.Options{Lang: "nl", Speller: fresh})
			rule.Check(d, func(int, int, string, ...string) {})
		}
	})
	spell := testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			d := checker.NewDoc(post, opts)
			rule.Check(d, func(int, int, string, ...string) {})
		}
	})
	all := testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			checker.Check(post, opts)
		}
	})
	fmt.Printf("\nCheck of a %d-character Dutch post (target at most 2 ms)\n", len([]rune(post)))
	fmt.Printf("  spelling rule, first check (no word seen before): %v\n", time.Duration(cold.NsPerOp()).Round(time.Microsecond))
	fmt.Printf("  spelling rule, re-check while typing:             %v\n", time.Duration(spell.NsPerOp()).Round(time.Microsecond))
	fmt.Printf("  checker.Check, all rules, re-check:               %v\n", time.Duration(all.NsPerOp()).Round(time.Microsecond))
}
