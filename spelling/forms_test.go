package spelling_test

import (
	"testing"

	"postwijs/spelling"
)

// TestDutchFormsFromTags: the classes come from OpenTaal's affix tags:
// a verb stem and its -t form, nouns that are also stems, participles
// (tagged, and weak ones derived from the past tense), comparatives.
func TestDutchFormsFromTags(t *testing.T) {
	s := realSpeller(t)
	if !s.HasDutchForms() {
		t.Skip("the Dutch affix file has no tags")
	}
	cases := []struct {
		word      string
		has, lack uint32
	}{
		{"vind", spelling.FormStem, spelling.FormNoun | spelling.FormOther | spelling.FormThird}, // "vind/Ca" only compounds
		{"vindt", spelling.FormThird, spelling.FormStem},
		{"wordt", spelling.FormThird, spelling.FormNoun},
		{"land", spelling.FormStem | spelling.FormNoun, 0},
		{"landen", spelling.FormNoun | spelling.FormPlural | spelling.FormInfinitive, 0},
		{"gebeurd", spelling.FormParticiple, spelling.FormThird},
		{"gebeurt", spelling.FormThird, spelling.FormParticiple},
		{"veroordeeld", spelling.FormParticiple, 0}, // listed bare; derived from "veroordeelde"
		{"verbrandde", spelling.FormPast, spelling.FormParticipleE},
		{"verbrande", spelling.FormParticipleE, spelling.FormPast},
		{"groter", spelling.FormComparative, 0},
		{"afscheid", spelling.FormNoun, 0},  // a noun that only compounds, with a linking s
		{"uitvindt", spelling.FormThird, 0}, // a particle on a verb
		{"vond", spelling.FormOther, spelling.FormStem},
	}
	for _, c := range cases {
		got := s.DutchForms(c.word)
		if got&c.has != c.has || got&c.lack != 0 {
			t.Errorf("DutchForms(%q) = %011b, want bits %011b set and %011b clear", c.word, got, c.has, c.lack)
		}
	}
	if s.DutchForms("xqzvw") != 0 || s.DutchForms("") != 0 {
		t.Error("an unlisted form has classes")
	}
}

// TestDutchFormsWithoutDutch: a speller without a Dutch dictionary knows
// no classes, so the grammar rules stay silent instead of guessing.
func TestDutchFormsWithoutDutch(t *testing.T) {
	s, _ := spelling.Load(spelling.Options{Langs: []string{"nl"}, DictDirs: []string{t.TempDir()}, ListDirs: []string{t.TempDir()}, NoCache: true})
	if s.HasDutchForms() || s.DutchForms("vind") != 0 {
		t.Error("classes without a Dutch dictionary")
	}
}
