package spelling_test

import (
	"os"
	"strings"
	"testing"

	"postwijs/checker"
	"postwijs/spelling"
)

// post3000 is the first 3,000 characters of the Dutch prose, cut at a
// space so that no half word ends up being checked.
func post3000(b *testing.B) string {
	raw, err := os.ReadFile("testdata/prose-nl.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string([]rune(string(raw))[:3000])
	return s[:strings.LastIndex(s, " ")]
}

// BenchmarkLoadFromCache is a normal start: Dutch and English from the
// derived index in the cache directory.
func BenchmarkLoadFromCache(b *testing.B) {
	dir := b.TempDir()
	if _, err := spelling.Load(spelling.Options{CacheDir: dir}); err != nil {
		b.Skip(err)
	}
	for b.Loop() {
		spelling.Load(spelling.Options{CacheDir: dir})
	}
}

// BenchmarkBuildIndex is the first start: the index built from the
// dictionary packages.
func BenchmarkBuildIndex(b *testing.B) {
	for b.Loop() {
		if _, err := spelling.Load(spelling.Options{NoCache: true}); err != nil {
			b.Skip(err)
		}
	}
}

// BenchmarkSpellingRule3000 runs the spelling rule, tokenizing included,
// on a 3,000-character Dutch post, again and again: the UI re-checks the
// post after every pause in typing.
func BenchmarkSpellingRule3000(b *testing.B) {
	s := realSpeller(b)
	post := post3000(b)
	rule, _ := checker.RuleByID("spelling")
	for b.Loop() {
		rule.Check(checker.NewDoc(post, checker.Options{Lang: "nl", Speller: s}), func(int, int, string, ...string) {})
	}
}

// BenchmarkSpellingRule3000Cold is the first check of a post: a fresh
// speller that has not seen any of its words (loading not timed).
func BenchmarkSpellingRule3000Cold(b *testing.B) {
	post := post3000(b)
	dir := b.TempDir()
	if _, err := spelling.Load(spelling.Options{CacheDir: dir}); err != nil {
		b.Skip(err)
	}
	rule, _ := checker.RuleByID("spelling")
	for b.Loop() {
		b.StopTimer()
		s, _ := spelling.Load(spelling.Options{CacheDir: dir})
		s.HasDutchForms() // the window reads the verb forms before its first check too
		b.StartTimer()
		rule.Check(checker.NewDoc(post, checker.Options{Lang: "nl", Speller: s}), func(int, int, string, ...string) {})
	}
}

// BenchmarkCheck3000 is checker.Check, every rule, on the same post.
func BenchmarkCheck3000(b *testing.B) {
	s := realSpeller(b)
	post := post3000(b)
	for b.Loop() {
		checker.Check(post, checker.Options{Lang: "nl", Speller: s})
	}
}

// BenchmarkSuggest suggests for a mix of typical misspellings, each time
// afresh (a change to the user's words clears remembered suggestions).
func BenchmarkSuggest(b *testing.B) {
	s := realSpeller(b)
	words := []string{"publiceeren", "aangeduit", "bedrijfstroom", "klavierverlichiting", "toegejuigd", "miljoeen", "vandaaag", "belangerijkste"}
	i := 0
	for b.Loop() {
		b.StopTimer()
		s.RemoveWord("-", "nl")
		b.StartTimer()
		s.Suggest(words[i%len(words)], "nl", 3)
		i++
	}
}
