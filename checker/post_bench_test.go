package checker_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"postwijs/checker"
	"postwijs/spelling"
)

// loadSpeller loads the real dictionaries, or skips when they are missing.
func loadSpeller(b *testing.B) *spelling.Speller {
	s, err := spelling.Load(spelling.Options{})
	if err != nil || !s.Has("nl") {
		b.Skipf("no Dutch dictionary: %v", err)
	}
	return s
}

// BenchmarkCheckPost is every rule, spelling included, on a 3,000-character
// Dutch post, as the window checks it while the user types. It reports the
// median and the 99th percentile of single checks.
func BenchmarkCheckPost(b *testing.B) {
	opts := checker.Options{Speller: loadSpeller(b)}
	checker.Check(checker.LongPostNL, opts) // the first check learns the post's words
	b.SetBytes(int64(len(checker.LongPostNL)))
	var took []time.Duration
	for b.Loop() {
		start := time.Now()
		checker.Check(checker.LongPostNL, opts)
		took = append(took, time.Since(start))
	}
	reportPercentiles(b, took)
}

// BenchmarkCheckPaste is a 100,000-character paste, spelling included.
func BenchmarkCheckPaste(b *testing.B) {
	text := strings.Repeat(checker.LongPostNL+"\n\n", 34)[:100000]
	opts := checker.Options{Speller: loadSpeller(b)}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		checker.Check(text, opts)
	}
}

func reportPercentiles(b *testing.B, took []time.Duration) {
	slices.Sort(took)
	at := func(p float64) float64 { return float64(took[int(p*float64(len(took)-1))].Microseconds()) / 1000 }
	b.ReportMetric(at(0.5), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}
