package drafts

import (
	"slices"
	"testing"
)

func TestListSearch(t *testing.T) {
	s := openStore(t, t.TempDir())
	// Created oldest first, so List returns them newest first.
	for _, d := range []Draft{
		{Title: "Café in Parijs", Body: "Croissants en koffie."},
		{Title: "ÉCOLE D'ÉTÉ", Body: "Inschrijving open"},
		{Title: "Weekend", Body: "Wandelen in Zürich en de Straße op"},
		{Title: "Decomposed", Body: "Een cafe\u0301 in Gent"}, // "e" + combining acute
		{Title: "Łódź", Body: "Ĳsland en Œuvre"},
	} {
		mustCreate(t, s, d)
	}

	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"", []string{"Łódź", "Decomposed", "Weekend", "ÉCOLE D'ÉTÉ", "Café in Parijs"}},
		{"   \t ", []string{"Łódź", "Decomposed", "Weekend", "ÉCOLE D'ÉTÉ", "Café in Parijs"}},
		{"PARIJS", []string{"Café in Parijs"}},                 // case, ASCII
		{"école", []string{"ÉCOLE D'ÉTÉ"}},                     // case, non-ASCII: é finds É
		{"cafe", []string{"Decomposed", "Café in Parijs"}},     // accent ignored, both encodings
		{"CAFÉ", []string{"Decomposed", "Café in Parijs"}},     // accent and case in the query
		{"zurich strasse", []string{"Weekend"}},                // ü → u, ß → ss
		{"lodz ijsland oeuvre", []string{"Łódź"}},              // Latin Extended-A
		{"koffie parijs", []string{"Café in Parijs"}},          // terms spread over body and title
		{"  koffie   CROISSANTS ", []string{"Café in Parijs"}}, // extra whitespace
		{"koffie londen", nil},                                 // every term must match
		{"in", []string{"Decomposed", "Weekend", "ÉCOLE D'ÉTÉ", "Café in Parijs"}},
		{"xyzzy", nil},
	} {
		got, err := s.List(tc.query)
		if err != nil {
			t.Fatalf("List(%q): %v", tc.query, err)
		}
		if !slices.Equal(titles(got), tc.want) {
			t.Errorf("List(%q) = %q, want %q", tc.query, titles(got), tc.want)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Hello":       "hello",
		"CAFÉ":        "cafe",
		"Ærø":         "aero",
		"Straße":      "strasse",
		"ĲSSELMEER":   "ijsselmeer",
		"e\u0301":     "e",
		"ΣΟΦΊΑ":       "σοφία", // other scripts are lower-cased, accents kept
		"İstanbul":    "istanbul",
		"bad\xffbyte": "bad\uFFFDbyte",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}
