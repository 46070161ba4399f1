package drafts

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestListSearch(t *testing.T) {
	s := openStore(t, t.TempDir())
	// Created oldest first, so an empty query returns them newest first.
	for _, d := range []Draft{
		{Title: "Café in Parijs", Body: "Croissants en koffie."},
		{Title: "ÉCOLE D'ÉTÉ", Body: "Inschrijving open"},
		{Title: "Weekend", Body: "Wandelen in Zürich en de Straße op"},
		{Title: "Decomposed", Body: "Een cafe\u0301 in Gent"}, // "e" + combining acute
		{Title: "Łódź", Body: "Ĳsland en Œuvre"},
		{Title: "Vaarroute", Body: "Over het ĲSSELMEER naar Urk"},
	} {
		mustCreate(t, s, d)
	}
	all := []string{"Vaarroute", "Łódź", "Decomposed", "Weekend", "ÉCOLE D'ÉTÉ", "Café in Parijs"}
	for _, tc := range []struct {
		query string
		want  []string // in any order; ranking has tests of its own
	}{
		{"", all},
		{"   \t ", all},
		{"PARIJS", []string{"Café in Parijs"}},                 // case, ASCII
		{"école", []string{"ÉCOLE D'ÉTÉ"}},                     // case, non-ASCII: é finds É
		{"cafe", []string{"Decomposed", "Café in Parijs"}},     // accent ignored, both encodings
		{"CAFÉ", []string{"Decomposed", "Café in Parijs"}},     // accent and case in the query
		{"zurich strasse", []string{"Weekend"}},                // ü → u, ß → ss
		{"lodz ijsland oeuvre", []string{"Łódź"}},              // Latin Extended-A
		{"ijsselmeer", []string{"Vaarroute"}},                  // the Dutch ĳ ligature
		{"koffie parijs", []string{"Café in Parijs"}},          // terms spread over body and title
		{"  koffie   CROISSANTS ", []string{"Café in Parijs"}}, // extra whitespace
		{"parij crois", []string{"Café in Parijs"}},            // word prefixes
		{"inschr", []string{"ÉCOLE D'ÉTÉ"}},                    // prefix of a body word
		{"d'ete", []string{"ÉCOLE D'ÉTÉ"}},                     // punctuation inside a term
		{"koffie londen", nil},                                 // every term must match
		{"arijs", nil},                                         // the middle of a word is no prefix
		{"# koffie", []string{"Café in Parijs"}},               // a term without letters is no term
		{"in", []string{"Café in Parijs", "ÉCOLE D'ÉTÉ", "Weekend", "Decomposed"}},
		{"xyzzy", nil},
	} {
		got, err := s.List(tc.query)
		if err != nil {
			t.Fatalf("List(%q): %v", tc.query, err)
		}
		if g, w := sorted(titles(got)), sorted(tc.want); !slices.Equal(g, w) {
			t.Errorf("List(%q) = %q, want %q", tc.query, g, w)
		}
	}
	if got, _ := s.List(""); !slices.Equal(titles(got), all) {
		t.Errorf("List(\"\") = %q, want newest first %q", titles(got), all)
	}
}

func sorted(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return out
}

// The best match comes first, not the newest: a draft about the subject
// beats one that mentions it in passing, and a title counts more than the
// body. Equal matches go newest first.
func TestSearchRanking(t *testing.T) {
	s := openStore(t, t.TempDir())
	filler := strings.Repeat("We hadden een mooie dag met het hele team en veel taart. ", 8)
	about := mustCreate(t, s, Draft{Title: "Duurzaam inkopen", Body: "Waarom duurzaam inkopen loont."})
	mustCreate(t, s, Draft{Title: "Teamuitje", Body: filler + "Ook over duurzaamheid gesproken."})
	mustCreate(t, s, Draft{Title: "Nieuws", Body: "Niets over het onderwerp."})
	twinOld := mustCreate(t, s, Draft{Title: "Tweeling", Body: "Koffie met collega's."})
	twinNew := mustCreate(t, s, Draft{Title: "Tweeling", Body: "Koffie met collega's."})

	got, err := s.List("duurzaam")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Duurzaam inkopen", "Teamuitje"}; !slices.Equal(titles(got), want) {
		t.Errorf("List(duurzaam) = %q, want %q", titles(got), want)
	}
	mustSave(t, s, about) // now the newest too; still first
	if got, _ := s.List("duurzaam"); len(got) != 2 || got[0].ID != about.ID {
		t.Errorf("after saving, List(duurzaam) = %q", titles(got))
	}
	got, _ = s.List("koffie")
	if len(got) != 2 || got[0].ID != twinNew.ID || got[1].ID != twinOld.ID {
		t.Errorf("equal matches: got ids %v, want newest %d first", ids(got), twinNew.ID)
	}
}

func ids(ds []Draft) []int64 {
	out := make([]int64, len(ds))
	for i, d := range ds {
		out[i] = d.ID
	}
	return out
}

// What users type into a search box may look like FTS5 syntax; it must be
// searched for as text, never fail.
func TestSearchTreatsSyntaxAsText(t *testing.T) {
	s := openStore(t, t.TempDir())
	mustCreate(t, s, Draft{Title: "Zeg \"NEAR\" of AND", Body: "title: body* -minus ^caret (haakjes) OR"})
	for _, q := range []string{`"`, `""`, `AND`, `OR`, `NOT`, `NEAR(`, `*`, `title:`, `-minus`, `^caret`, `(haakjes`, `a"b`, "nul\x00byte", "\xff\xfe"} {
		if _, err := s.List(q); err != nil {
			t.Errorf("List(%q): %v", q, err)
		}
	}
	for _, q := range []string{`"near"`, `AND`, `title:`, `body*`, `-minus`, `^caret`, `(haakjes)`} {
		if got, _ := s.List(q); len(got) != 1 {
			t.Errorf("List(%q) found %d drafts, want the one that says it", q, len(got))
		}
	}
}

// The index follows every change of a text: old words stop matching.
func TestSearchFollowsEdits(t *testing.T) {
	clock := useFakeClock(t)
	s := openStore(t, t.TempDir())
	d := mustCreate(t, s, Draft{Title: "Fruit", Body: "Vandaag over appels."})
	clock.advance(3 * time.Minute) // so that the old text is kept as a revision
	d.Body = "Vandaag over peren."
	d = mustSave(t, s, d)
	if got, _ := s.List("appels"); len(got) != 0 {
		t.Errorf("the old text is still found: %q", titles(got))
	}
	if got, _ := s.List("peren"); len(got) != 1 {
		t.Errorf("the new text is not found")
	}
	revs, err := s.Revisions(d.ID)
	if err != nil || len(revs) == 0 {
		t.Fatalf("Revisions = %v, %v", revs, err)
	}
	if _, err := s.Restore(d.ID, revs[0].ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.List("appels"); len(got) != 1 {
		t.Errorf("the restored text is not found")
	}
}

func TestMatchQuery(t *testing.T) {
	for in, want := range map[string]string{
		"":                  "",
		"  ":                "",
		"Café":              `"cafe"*`,
		"lanc APP":          `"lanc"* "app"*`,
		`zeg "hoi"`:         `"zeg"* """hoi"""*`,
		"# — !!":            "",
		"#ad":               `"#ad"*`,
		"Ĳssel d'été":       `"ijssel"* "d'ete"*`,
		"nul\x00byte":       `"nul byte"*`,
		"NEAR(a b) AND c*":  `"near(a"* "b)"* "and"* "c*"*`,
		"covid-19 2025":     `"covid-19"* "2025"*`,
		"ΣΟΦΊΑ":             `"σοφία"*`,
		"tab\tseparated\nx": `"tab"* "separated"* "x"*`,
	} {
		if got := matchQuery(in); got != want {
			t.Errorf("matchQuery(%q) = %s, want %s", in, got, want)
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
