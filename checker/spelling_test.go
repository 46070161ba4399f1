package checker

import (
	"reflect"
	"strings"
	"testing"
)

// fakeSpeller stands in for package spelling in the rule's examples: it
// knows every word except a few misspellings, and in Dutch a few English
// words, so the examples prove what the rule asks and what it leaves alone.
// The real engine is tested in package spelling.
type fakeSpeller struct{}

var (
	fakeUnknown = map[string][]string{
		"vandaaag": {"vandaag"}, "jaarverslg": {"jaarverslag"}, "recieve": {"receive"},
		"jansma": {"jansen"}, "bijv": nil, "vnl": nil, "enz": nil,
	}
	fakeNotDutch = map[string]bool{"deadline": true, "meeting": true}
	fakeAbbrevs  = map[string]bool{"bijv.": true, "enz.": true}
)

func (fakeSpeller) Known(word, lang string) bool {
	w := strings.ToLower(word)
	if strings.HasSuffix(w, ".") {
		return fakeAbbrevs[w]
	}
	if _, bad := fakeUnknown[w]; bad {
		return false
	}
	return lang != "nl" || !fakeNotDutch[w]
}

func (fakeSpeller) Suggest(word, lang string, n int) []string {
	s := fakeUnknown[strings.ToLower(word)]
	if len(s) > n {
		s = s[:n]
	}
	return s
}

// TestSpellingSilentWithoutSpeller: without a speller the rule says nothing,
// so posts check as before when no dictionary is installed.
func TestSpellingSilentWithoutSpeller(t *testing.T) {
	if fs := runRule(misspelling, NewDoc("Vandaaag het jaarverslg.", Options{Lang: "nl"})); len(fs) != 0 {
		t.Errorf("without a speller the rule reported %v", fs)
	}
}

// TestSpellingSuggestionsBestFirst: a finding carries the speller's
// suggestions in its order, and the message names the word.
func TestSpellingSuggestionsBestFirst(t *testing.T) {
	fs := runRule(misspelling, NewDoc("Het jaarverslg is uit.", Options{Lang: "nl", Speller: fakeSpeller{}}))
	if len(fs) != 1 {
		t.Fatalf("got %d findings, want 1: %v", len(fs), fs)
	}
	if !reflect.DeepEqual(fs[0].Suggestions, []string{"jaarverslag"}) || !strings.Contains(fs[0].Message, "jaarverslg") {
		t.Errorf("finding %+v", fs[0])
	}
}
