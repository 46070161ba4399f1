package spelling_test

import (
	"bufio"
	"strings"
	"testing"

	"postwijs/assets"
)

// TestRealLoanwords: the loanwords Dutch posts use at work are known on
// their own and in the compounds their list marks; typos of them, and
// compounds the list does not allow, stay wrong.
func TestRealLoanwords(t *testing.T) {
	s := realSpeller(t)
	for _, w := range []string{
		"onboarding", "Onboarding", "aftermovie", "scale-up", // on their own, also at the start of a sentence
		"podcastaflevering", "onboardingprogramma", "Contentkalender", // "podcast+": a loanword first
		"klantevent", "netwerkevents", // "+event": a loanword last, also in the plural
		"e-bikespecialist", "kick-offmeeting", // a loanword with a hyphen of its own
		"data-engineer", // a hyphen where the vowels meet
	} {
		if !s.Known(w, "nl") {
			t.Errorf("%q is correct Dutch but not known", w)
		}
	}
	for _, w := range []string{
		"onbaording", "aftermovi", "ONBOARDINg", // typos and odd case
		"podcastafleverng", "klantevnt", // a typo in one part
		"aftermoviezaal",                          // "aftermovie" begins no compound
		"podcast-aflevering", "e-bike-specialist", // Dutch joins the parts
		"dataengineer", // but not where the vowels meet
		"podcastsnel",  // the other part must be a noun
	} {
		if s.Known(w, "nl") {
			t.Errorf("%q is wrong but known", w)
		}
	}
	for typo, want := range map[string]string{"onbaording": "onboarding", "aftermovei": "aftermovie", "podcastafleverng": "podcastaflevering", "dataengineer": "data-engineer"} {
		if got := s.Suggest(typo, "nl", 3); len(got) == 0 || got[0] != want {
			t.Errorf("Suggest(%q) = %v, want %q first", typo, got, want)
		}
	}
}

// TestRealLoanwordListIsKnown: every word on the list is known as written,
// so an entry with a stray character or marker shows up here.
func TestRealLoanwordListIsKnown(t *testing.T) {
	s := realSpeller(t)
	f, err := assets.FS.Open("lists/nl/spelling-loanwords.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		w, _, _ := strings.Cut(sc.Text(), "\t")
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		w = strings.Trim(w, "+")
		if n++; !s.Known(w, "nl") || strings.ContainsAny(w, " +") {
			t.Errorf("listed loanword %q is not known", w)
		}
	}
	if n < 100 {
		t.Errorf("the list has %d words; it was not read", n)
	}
}
