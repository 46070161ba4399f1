package drafts

import (
	"strings"
	"testing"
)

// benchBody returns about 1,500 characters of post text with accents, so
// that folding takes its slower non-ASCII path as real drafts would.
func benchBody(i int) string {
	words := []string{"Vandaag", "lanceren", "wij", "onze", "nieuwe", "café-app", "voor", "ondernemers",
		"in", "Zürich", "en", "Utrecht.", "Één", "klik", "en", "je", "post", "staat", "klaar!"}
	var b strings.Builder
	for w := i; b.Len() < 1500; w++ {
		b.WriteString(words[w%len(words)])
		b.WriteByte(' ')
	}
	return b.String()
}

func benchStore(b *testing.B, n int) *Store {
	b.Helper()
	s := openStore(b, b.TempDir())
	for i := range n {
		mustCreate(b, s, Draft{Title: "Draft " + strings.Repeat("x", i%7), Body: benchBody(i), Network: "linkedin"})
	}
	return s
}

// BenchmarkSave saves one ~1,500-character draft in a store of 1,000.
func BenchmarkSave(b *testing.B) {
	s := benchStore(b, 1000)
	d, err := s.Get(500)
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		d.Body = benchBody(i)
		if _, err := s.Save(d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkList searches 1,000 drafts with an accent-free, two-term query
// that every draft matches, the worst case: all rows are folded and parsed.
func BenchmarkList(b *testing.B) {
	s := benchStore(b, 1000)
	for b.Loop() {
		got, err := s.List("zurich cafe")
		if err != nil {
			b.Fatal(err)
		}
		if len(got) != 1000 {
			b.Fatalf("%d matches, want all 1000", len(got))
		}
	}
}
