package checker_test

import (
	"os"
	"strconv"
	"sync"
	"testing"

	"postwijs/checker"
	"postwijs/spelling"
)

// realDutch loads the Dutch dictionary once for the tests that need it,
// and skips them, saying what to install, where it is missing.
var realDutch = sync.OnceValues(func() (*spelling.Speller, error) {
	return spelling.Load(spelling.Options{Langs: []string{"nl"}})
})

func dutchSpeller(tb testing.TB) *spelling.Speller {
	tb.Helper()
	s, err := realDutch()
	if err != nil || !s.HasDutchForms() {
		tb.Skip("no Dutch dictionary (sudo apt install hunspell-nl wdutch):", err)
	}
	return s
}

// grammarRules are the rules of grammar_nl.go and their kin.
func grammarRules(tb testing.TB) []*checker.Rule {
	var out []*checker.Rule
	for _, r := range checker.Rules() {
		if r.Point == 20 && r.ID != "spelling" {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		tb.Fatal("no grammar rules")
	}
	return out
}

// post3000 is the first 3,000 characters of the correct prose.
func post3000(tb testing.TB) string {
	raw, err := os.ReadFile("testdata/prose-dt-nl.txt")
	if err != nil {
		tb.Fatal(err)
	}
	r := []rune(string(raw))
	return string(r[:min(3000, len(r))])
}

// BenchmarkDTRules: the grammar rules on a 3,000-character Dutch post
// (target: at most 1 ms), as while typing: each check sees a text that
// differs from the last (so the shared reading of the post is redone),
// with words the dictionary was asked about before.
func BenchmarkDTRules(b *testing.B) {
	s := dutchSpeller(b)
	rules := grammarRules(b)
	post := post3000(b)
	i := 0
	for b.Loop() {
		i++
		d := checker.NewDoc(post+strconv.Itoa(i), checker.Options{Lang: "nl", Speller: s})
		for _, r := range rules {
			r.Check(d, func(int, int, string, ...string) {})
		}
	}
}
