package spelling_test

import "testing"

// TestRealDutchHyphensAndSeparableVerbs: correct Dutch that OpenTaal's
// rules alone reject is accepted, while typos of the same shapes are not.
func TestRealDutchHyphensAndSeparableVerbs(t *testing.T) {
	s := realSpeller(t)
	for _, w := range []string{
		"AI-tool", "KPI-dashboard", "CRM-systeem", // an initialism first
		"leidinggeeft", "deelneemt", "plaatsvindt", // separable verbs at a clause's end
	} {
		if !s.Known(w, "nl") {
			t.Errorf("%q is correct Dutch but not known", w)
		}
	}
	for _, w := range []string{
		"project-leider", "Project-leider", "zelf-roosteren", // write it as one word
		"YouTube-video", "Oscar-winnaar", // a name is written joined to the word
		"BTW-aangifte", "HR-afdeling", // the dictionary writes these in lower case
		"KPI-berigt", "CDA-er", // the word after the hyphen must be a word
		"leidinggeefd", "deelneempt", // not a form of the verb
	} {
		if s.Known(w, "nl") {
			t.Errorf("%q is wrong but known", w)
		}
	}
}
