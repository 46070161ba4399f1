package main

import (
	"bufio"
	"fmt"
	"os"
	"postwijs/checker"
	"slices"
	"strings"
	"time"

	"postwijs/spelling"
)

// row is one line of opentaal-corrections.tsv.
type row struct {
	n            int // 1-based among the single-word rows: odd rows tuned on, even held out
	wrong, right string
	all          []string
}

// readRows keeps the rows whose wrong form is a single word.
func readRows(path string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []row
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		if len(p) < 3 || strings.Contains(p[0], " ") || p[0] == "" {
			continue
		}
		out = append(out, row{n: len(out) + 1, wrong: p[0], right: p[1], all: strings.Split(p[2], ";")})
	}
	return out, sc.Err()
}

// outcome is what a speller did with one row.
type outcome struct {
	detected, detectedPost bool // Dutch alone; Dutch post that may borrow English
	sugg                   []string
	took                   time.Duration
}

// tally adds up outcomes over a set of rows.
type tally struct {
	rows, detected, detectedPost, top1, top3, anyTop1, anyTop3 int
	times                                                      []time.Duration
}

func (t *tally) add(r row, o outcome) {
	t.rows++
	t.times = append(t.times, o.took)
	if o.detected {
		t.detected++
	}
	if o.detectedPost {
		t.detectedPost++
	}
	if len(o.sugg) > 0 && o.sugg[0] == r.right {
		t.top1++
	}
	if slices.Contains(first(o.sugg, 3), r.right) {
		t.top3++
	}
	if len(o.sugg) > 0 && slices.Contains(r.all, o.sugg[0]) {
		t.anyTop1++
	}
	for _, s := range first(o.sugg, 3) {
		if slices.Contains(r.all, s) {
			t.anyTop3++
			break
		}
	}
}

func first(s []string, n int) []string { return s[:min(n, len(s))] }

func pct(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f %%", 100*float64(a)/float64(b))
}

// percentile of durations, in milliseconds.
func percentile(ts []time.Duration, p float64) float64 {
	if len(ts) == 0 {
		return 0
	}
	s := slices.Clone(ts)
	slices.Sort(s)
	return float64(s[int(p*float64(len(s)-1))].Microseconds()) / 1000
}

// measureCorpus runs our speller, and hunspell when available, on every
// single-word row.
func measureCorpus(s *spelling.Speller, path string, h hunspell, show bool) {
	rows, err := readRows(path)
	if err != nil {
		fmt.Println("corpus:", err)
		return
	}
	ours := make([]outcome, len(rows))
	for i, r := range rows {
		t0 := time.Now()
		ours[i].detected = !s.Known(r.wrong, "nl")
		ours[i].detectedPost = !checker.KnownInPost(s, "nl", r.wrong)
		ours[i].sugg = s.Suggest(r.wrong, "nl", 3)
		ours[i].took = time.Since(t0)
	}
	fmt.Printf("\nOpenTaal corrections (%s): %d single-word rows\n", path, len(rows))
	fmt.Println("  right word = the `correct` column; any = one of all_corrections")
	fmt.Println("  speller        rows         detected  in-post  right 1st  right top3  any 1st  any top3  p50 ms  p95 ms")
	report("Postwijs", "all", rows, ours)
	report("Postwijs", "odd (tuned)", rows, ours, 1)
	report("Postwijs", "even (held out)", rows, ours, 0)
	// A percentage rounded to one decimal hides whether a row more or
	// less crosses the 99 % line, so the counts are printed as well.
	fmt.Printf("  detected, in rows: all %d of %d, odd %d of %d, even %d of %d\n",
		detectedIn(rows, ours, -1), len(rows), detectedIn(rows, ours, 1), (len(rows)+1)/2,
		detectedIn(rows, ours, 0), len(rows)/2)
	unreachable(s, rows, ours)
	if show {
		showMisses(s, rows, ours)
	}
	if !h.ok {
		return
	}
	words := make([]string, len(rows))
	for i, r := range rows {
		words[i] = r.wrong
	}
	vs, err := h.check("nl", words)
	if err != nil {
		fmt.Println("  hunspell:", err)
		return
	}
	hun := make([]outcome, len(rows))
	for i, v := range vs {
		hun[i] = outcome{detected: v.Wrong, detectedPost: v.Wrong, sugg: v.Sugg}
	}
	report("hunspell nl", "all", rows, hun)
	report("hunspell nl", "even (held out)", rows, hun, 0)
	fmt.Println("  (hunspell's latency is not measured here: through its pipe it has no per-word clock;")
	fmt.Println("   through its C API it takes 29 ms median, 169 ms p95 per suggestion, see spelling/doc.go)")
}

// detectedIn counts the detected rows of one parity (1 odd, 0 even, -1
// all).
func detectedIn(rows []row, out []outcome, parity int) int {
	n := 0
	for i, r := range rows {
		if (parity < 0 || r.n%2 == parity) && out[i].detected {
			n++
		}
	}
	return n
}

func report(who, label string, rows []row, out []outcome, parity ...int) {
	var t tally
	for i, r := range rows {
		if len(parity) > 0 && r.n%2 != parity[0] {
			continue
		}
		t.add(r, out[i])
	}
	p50, p95 := "-", "-" // hunspell has no per-word clock through its pipe
	if percentile(t.times, 0.95) > 0 {
		p50, p95 = fmt.Sprintf("%.1f", percentile(t.times, 0.5)), fmt.Sprintf("%.1f", percentile(t.times, 0.95))
	}
	fmt.Printf("  %-13s %-16s %9s %8s %10s %11s %8s %9s %7s %7s\n", who, label,
		pct(t.detected, t.rows), pct(t.detectedPost, t.rows), pct(t.top1, t.rows), pct(t.top3, t.rows),
		pct(t.anyTop1, t.rows), pct(t.anyTop3, t.rows), p50, p95)
}
