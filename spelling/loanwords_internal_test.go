package spelling

import (
	"testing"
	"testing/fstest"
)

func TestReadLoanwordsMarks(t *testing.T) {
	fsys := fstest.MapFS{"l.tsv": {Data: []byte("# comment\npodcast+\tnote\t\n+event\t\tbijeenkomst\n+pitch+\nscale-up\n’t-shirt\n\n")}}
	got := readLoanwords(fsys, "l.tsv")
	want := map[string]loanBits{
		"podcast":  loanWord | loanBegin,
		"event":    loanWord | loanEnd,
		"pitch":    loanWord | loanBegin | loanEnd,
		"scale-up": loanWord,
		"'t-shirt": loanWord, // the curly apostrophe read as the dictionaries write it
	}
	if len(got) != len(want) {
		t.Errorf("read %d words, want %d: %v", len(got), len(want), got)
	}
	for w, b := range want {
		if got[w] != b {
			t.Errorf("%q: bits %b, want %b", w, got[w], b)
		}
	}
	if l := readLoanwords(fsys, "missing.tsv"); len(l) != 0 {
		t.Errorf("a missing list gave %v", l)
	}
}
