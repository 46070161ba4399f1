package spelling_test

import (
	"slices"
	"testing"
)

// suggestCase is a misspelling and the correction a writer should see
// within the first few suggestions.
type suggestCase struct {
	wrong, right string
	within       int
}

func checkSuggestions(t *testing.T, cases []suggestCase) {
	t.Helper()
	s := realSpeller(t)
	for _, c := range cases {
		got := s.Suggest(c.wrong, "nl", 3)
		if i := slices.Index(got, c.right); i < 0 || i >= c.within {
			t.Errorf("Suggest(%q) = %v: want %q within the first %d", c.wrong, got, c.right, c.within)
		}
	}
}

// Hyphens, dots and the participle's "ge" follow spelling rules that a
// few edits do not capture; the corrections come first all the same.
func TestRealSuggestionsFollowSpellingRules(t *testing.T) {
	checkSuggestions(t, []suggestCase{
		{"aowleeftijd", "AOW-leeftijd", 1},           // an acronym and a hyphen
		{"cdaer", "CDA'er", 1},                       // an acronym before an ending
		{"ggd_test", "GGD-test", 1},                  // an underscore for a hyphen
		{"Zuidholland", "Zuid-Holland", 1},           // a hyphen before a name
		{"autoongeluk", "auto-ongeluk", 1},           // a hyphen where two vowels meet
		{"fiets-tocht", "fietstocht", 1},             // a hyphen too many
		{"antiïnflammatoir", "anti-inflammatoir", 1}, // a diaeresis where a hyphen goes
		{"bijv", "bijv.", 1},                         // the dot of an abbreviation
		{"ivm", "i.v.m.", 1},                         // every dot of an initialism, one slip
		{"dwz", "d.w.z.", 1},
		{"zgn", "zgn.", 1},
		{"cm₂", "cm²", 1},                     // subscript for superscript
		{"afdroogd", "afgedroogd", 3},         // the participle's "ge" left out
		{"tegegenwoordig", "tegenwoordig", 1}, // a syllable typed twice
	})
}

// Sounds written as heard, English spellings and common words.
func TestRealSuggestionsForSoundsAndCommonWords(t *testing.T) {
	checkSuggestions(t, []suggestCase{
		{"kwalitijd", "kwaliteit", 1},
		{"vriendelek", "vriendelijk", 1}, // -lijk said as "luk"
		{"restorant", "restaurant", 1},
		{"joghurt", "yoghurt", 1},
		{"babies", "baby's", 1},           // the English plural
		{"psiegologie", "psychologie", 1}, // two sounds at once: the wide search
		{"clup", "club", 1},               // a b said as p at the end
		{"heeb", "heb", 1},                // the common word before "heel", "heen", "heer"
	})
}

// The case typed is kept where the dictionary allows it, searched where
// a name has capitals of its own, and dropped where it is the mistake.
func TestRealSuggestionsCase(t *testing.T) {
	checkSuggestions(t, []suggestCase{
		{"Zuid-Afrkaanse", "Zuid-Afrikaanse", 1},
		{"Nieuw-Zeelnd", "Nieuw-Zeeland", 1},
		{"PH", "pH", 1},                // never the typed word itself
		{"Zika-virus", "Zikavirus", 1}, // capitalised, as at the start of a sentence…
		{"Zika-virus", "zikavirus", 3}, // …and as listed, since the capital may not be that
	})
}
