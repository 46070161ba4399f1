package spelling_test

import "testing"

// TestRealDutchHyphensAndSeparableVerbs: correct Dutch that OpenTaal's
// rules alone reject is accepted, while typos of the same shapes are not.
func TestRealDutchHyphensAndSeparableVerbs(t *testing.T) {
	s := realSpeller(t)
	for _, w := range []string{
		"AI-tool", "KPI-dashboard", "CRM-systeem", // an initialism first
		"leidinggeeft", "deelneemt", "plaatsvindt", // separable verbs at a clause's end
		"oud-buschauffeur", "ex-collega", "niet-leden", // "oud-", "ex-", "niet-" before a noun
		"mkb-klanten", "Zzp-opdracht", // an initialism the dictionary writes in lower case
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
		"oud-oom", "oud-testamentische", // written joined: "oudoom"
		"ex-collegas", "oud-eurocommissaris", // not a word; the dictionary capitalises it
		"mkb-klantn", "mkb-snel", "bus-halte", // not a noun; a head with a vowel is a word
		"BSN-nummer", "tv-loos", // listed as wrong: "BSN" holds "nummer", "tv'loos"
	} {
		if s.Known(w, "nl") {
			t.Errorf("%q is wrong but known", w)
		}
	}
}

// TestRealProductiveFirstParts: a noun OpenTaal gives no compound flag but
// whose compounds it lists by the dozen ("bus", "les") makes new compounds
// with a noun; typos and words run together of the same shape stay wrong.
func TestRealProductiveFirstParts(t *testing.T) {
	s := realSpeller(t)
	for _, w := range []string{
		"busplein", "busperron", "lesmoment", "lesvoorbeeld", "lesplanning",
		"Busplein", "BUSPLEIN", // the start of a sentence, capitals
	} {
		if !s.Known(w, "nl") {
			t.Errorf("%q is correct Dutch but not known", w)
		}
	}
	for _, w := range []string{
		"zelfdoen", "buswachten", // a verb after the head: two words ("zelf doen")
		"haarfiets", "zijmoeder", "weerweekend", "belmorgen", // a common word run into another
		"busholte", "buskaars", // one edit from a listed compound: its typo
		"afstandverkoop", // the dictionary joins these parts with an s
		"kamerbrief",     // the parliament's: "Kamerbrief"
		"memoinhoud",     // vowels meet: "memo-inhoud"
		"Ijsplein", "busPlein",
	} {
		if s.Known(w, "nl") {
			t.Errorf("%q is wrong but known", w)
		}
	}
	for _, w := range []string{
		"tasmodel", // "tas" starts too few listed compounds to count as productive
		"bustas",   // a tail of three letters
	} {
		if s.Known(w, "nl") {
			t.Errorf("%q is outside the rule's limits but known", w)
		}
	}
}

// TestRealIntensifiers: "super", "mega", "kei" and "reuze" join any
// adjective, also those OpenTaal lets end no compound; typos and other
// words after them stay wrong.
func TestRealIntensifiers(t *testing.T) {
	s := realSpeller(t)
	for _, w := range []string{"superenthousiast", "Superdankbaar", "megablij", "superenthousiaste"} {
		if !s.Known(w, "nl") {
			t.Errorf("%q is correct Dutch but not known", w)
		}
	}
	for _, w := range []string{"superinteresant", "superhelaas", "mega-blij", "megaaktief"} {
		if s.Known(w, "nl") {
			t.Errorf("%q is wrong but known", w)
		}
	}
}
