package spelling_test

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"postwijs/checker"
	"postwijs/spelling"
)

// These tests use the real dictionaries (scripts/deps.sh installs them)
// and skip, saying what to install, where they are missing.

var real = sync.OnceValues(func() (*spelling.Speller, error) {
	dir, err := os.MkdirTemp("", "spelling-test-cache")
	if err != nil {
		return nil, err
	}
	s, err := spelling.Load(spelling.Options{CacheDir: dir})
	if err == nil {
		// Build the derived tables now, as the window does in the
		// background before its first check, so that no benchmark times
		// their one-off build.
		s.HasDutchForms()
		s.Known("busplein", "nl")
	}
	return s, err
})

func realSpeller(tb testing.TB) *spelling.Speller {
	tb.Helper()
	s, err := real()
	if err != nil {
		tb.Skip(err)
	}
	return s
}

func TestRealDutchWords(t *testing.T) {
	s := realSpeller(t)
	for _, w := range []string{"bedrijfsgevoelig", "woordvoerderschap", "klantcontact",
		"kwartaalcijfers", "Vandaag", "IJsland", "Eén", "Één", "auto's", "zo'n", "e-mailadres", "geëxperimenteerd"} {
		if !s.Known(w, "nl") {
			t.Errorf("%q is correct Dutch but not known", w)
		}
	}
	for _, w := range []string{"publiceeren", "aangeduit", "bedrijfstroom", "Ijsland", "utrecht", "autoinbraken", "gebeurd'"} {
		if s.Known(w, "nl") {
			t.Errorf("%q is wrong but known", w)
		}
	}
}

func TestRealSuggestionsBestFirst(t *testing.T) {
	s := realSpeller(t)
	for _, c := range []struct {
		lang, wrong, right string
		within             int
	}{
		{"nl", "publiceeren", "publiceren", 1},
		{"nl", "aangeduit", "aangeduid", 1},
		{"nl", "Vandaaag", "Vandaag", 1},
		{"nl", "bedrijfstroom", "bedrijfsstroom", 3},
		{"nl", "klavierverlichiting", "klavierverlichting", 1},
		{"nl", "toegejuigd", "toegejuicht", 1},
		{"nl", "dàt", "dát", 1},                               // stress: the whole vowel group gets acute accents
		{"nl", "heeeeeel", "héél", 1},                         // stretched letters are stress too
		{"nl", "Da`t", "Dát", 1},                              // a backtick after a vowel is an accent…
		{"nl", "zo`n", "zo'n", 1},                             // …unless the apostrophe makes a word
		{"nl", "8m", "8 m", 1},                                // figure and unit apart
		{"nl", "m2", "m²", 1},                                 // square units with a superscript
		{"nl", "unesco", "UNESCO", 1},                         // abbreviations typed in lower case
		{"nl", "boekske", "boekje", 1},                        // the southern diminutive
		{"nl", "opgaves", "opgaven", 1},                       // plural -s for -en
		{"nl", "kijkert", "kijker", 1},                        // a t after an agent noun
		{"nl", "buro", "bureau", 1},                           // French spelling written as heard
		{"nl", "recruteringsbureau", "rekruteringsbureau", 1}, // c/k inside an unlisted compound
		{"en", "socail", "social", 3},
		{"en", "recieve", "receive", 1},
	} {
		got := s.Suggest(c.wrong, c.lang, 3)
		if i := slices.Index(got, c.right); i < 0 || i >= c.within {
			t.Errorf("Suggest(%q, %s) = %v: want %q within the first %d", c.wrong, c.lang, got, c.right, c.within)
		}
	}
}

// TestRealPostWithoutNoise: an ordinary Dutch post with English loanwords,
// a name, hashtags, a link, an abbreviation and figures gives no spelling
// findings; the one typo in it is found with its correction first.
func TestRealPostWithoutNoise(t *testing.T) {
	s := realSpeller(t)
	post := "Vandaag hadden we een meeting met het salesteam van Jansma over de deadline, " +
		"bijv. voor de Q3-cijfers en de B2B-klanten. Feedback graag via https://example.nl of @anna. " +
		"Het rapport.pdf staat klaar, o.a. voor het MT. #teamwork 😀 We publiceeren het morgen."
	var got []checker.Finding
	for _, f := range checker.Check(post, checker.Options{Lang: "nl", Speller: s}) {
		if f.Rule == "spelling" {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0].Text != "publiceeren" || len(got[0].Suggestions) == 0 || got[0].Suggestions[0] != "publiceren" {
		t.Errorf("spelling findings: %+v", got)
	}
}

// TestRealProseHasFewFalseAlarms guards the prose the false-alarm figure
// is measured on: correct text may raise only a handful of findings.
func TestRealProseHasFewFalseAlarms(t *testing.T) {
	s := realSpeller(t)
	for lang, limit := range map[string]int{"nl": 3, "en": 1} {
		raw, err := os.ReadFile("testdata/prose-" + lang + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		var flagged []string
		for _, f := range checker.Check(string(raw), checker.Options{Lang: lang, Speller: s}) {
			if f.Rule == "spelling" {
				flagged = append(flagged, f.Text)
			}
		}
		if len(flagged) > limit {
			t.Errorf("%s prose: %d false alarms (at most %d): %s", lang, len(flagged), limit, strings.Join(flagged, ", "))
		}
	}
}

// TestRealNoSpaceBesideHyphen: a hyphenated word is never "fixed" by a
// space beside its hyphen ("video- call").
func TestRealNoSpaceBesideHyphen(t *testing.T) {
	s := realSpeller(t)
	for _, w := range []string{"video-call", "foto-hokje"} {
		for _, sg := range s.Suggest(w, "nl", 5) {
			if strings.Contains(sg, "- ") || strings.Contains(sg, " -") {
				t.Errorf("Suggest(%q) offers %q", w, sg)
			}
		}
	}
}
