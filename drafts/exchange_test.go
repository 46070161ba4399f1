package drafts

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// sampleDrafts covers what an export must carry: every status, posting
// details, a language, ignored findings, and text that trips up naive
// formats (quotes, newlines, "---", a leading blank line, accents).
func sampleDrafts(t *testing.T, s *Store) []Draft {
	t.Helper()
	a := mustCreate(t, s, Draft{Title: `Zeg "hallo"`, Body: "Regel één\n---\nRegel twee\n", Network: "x"})
	b := mustCreate(t, s, Draft{Title: "Lancering: deel 2", Body: "\nBegint met een lege regel", Lang: "en",
		Ignored: []string{"shouting:3"}})
	c := mustCreate(t, s, Draft{Body: "Zonder titel & <tags>"})
	b.Status = StatusGeplaatst
	b = mustSave(t, s, b)
	c.Status = StatusKlaar
	c = mustSave(t, s, c)
	return []Draft{a, b, c}
}

// assertImported compares what an import stored with the originals: all
// but the id survive.
func assertImported(t *testing.T, got, want []Draft) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("imported %d drafts, want %d", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Title != w.Title || g.Body != w.Body || effectiveNetwork(g.Network) != effectiveNetwork(w.Network) ||
			g.Status != w.Status || !g.Created.Equal(w.Created) || !g.Updated.Equal(w.Updated) ||
			!g.PostedAt.Equal(w.PostedAt) || g.PostedOn != w.PostedOn || g.Lang != w.Lang ||
			!slices.Equal(g.Ignored, w.Ignored) {
			t.Errorf("draft %d\n got  %+v\n want %+v", i, g, w)
		}
	}
}

func TestJSONExportImportRoundTrip(t *testing.T) {
	src := openStore(t, t.TempDir())
	orig := sampleDrafts(t, src)
	path := filepath.Join(t.TempDir(), "drafts.json")
	if err := ExportJSON(path, orig); err != nil {
		t.Fatal(err)
	}
	ds, err := ReadExport(path)
	if err != nil {
		t.Fatal(err)
	}
	dst := openStore(t, t.TempDir())
	if added, skipped, err := dst.Import(ds); err != nil || added != 3 || skipped != 0 {
		t.Fatalf("Import = %d added, %d skipped, %v", added, skipped, err)
	}
	assertImported(t, byCreated(t, dst), orig)
	// The text is searchable after an import.
	if got, _ := dst.List("regel twee"); len(got) != 1 {
		t.Errorf("imported text not found by search")
	}
	// Importing the same file again adds nothing.
	if added, skipped, err := dst.Import(ds); err != nil || added != 0 || skipped != 3 {
		t.Errorf("second Import = %d added, %d skipped, %v; want 0 and 3", added, skipped, err)
	}
}

func byCreated(t *testing.T, s *Store) []Draft {
	t.Helper()
	ds, err := s.List("")
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(ds, func(a, b Draft) int { return a.Created.Compare(b.Created) })
	return ds
}

func TestMarkdownExportImportRoundTrip(t *testing.T) {
	src := openStore(t, t.TempDir())
	orig := sampleDrafts(t, src)
	dir := filepath.Join(t.TempDir(), "export")
	if err := ExportMarkdown(dir, orig); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"0001-zeg-hallo.md", "0002-lancering-deel-2.md", "0003-concept.md"}; !slices.Equal(names, want) {
		t.Errorf("files %q, want %q", names, want)
	}
	ds, err := ReadExport(dir)
	if err != nil {
		t.Fatal(err)
	}
	dst := openStore(t, t.TempDir())
	if added, _, err := dst.Import(ds); err != nil || added != 3 {
		t.Fatalf("Import: %d, %v", added, err)
	}
	assertImported(t, byCreated(t, dst), orig)
}

func TestMarkdownFileLooksAsDocumented(t *testing.T) {
	d := Draft{ID: 7, Title: "Lancering", Body: "Vandaag live.", Status: StatusKlaar,
		Created: time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC), Updated: time.Date(2025, 5, 2, 10, 30, 0, 0, time.UTC)}
	want := "---\ntitle: \"Lancering\"\nnetwork: linkedin\nstatus: klaar\n" +
		"created: 2025-05-01T09:00:00.000000000Z\nupdated: 2025-05-02T10:30:00.000000000Z\n---\n\nVandaag live."
	if got := string(MarshalMarkdown(d)); got != want {
		t.Errorf("MarshalMarkdown =\n%s\nwant\n%s", got, want)
	}
}

func TestParseMarkdownByHand(t *testing.T) {
	// Written in an editor on Windows: BOM, CRLF, a plain title, extra keys.
	in := "\uFEFF---\r\ntitle: Met de hand\r\nstatus: klaar\r\nauthor: ik\r\n---\r\n\r\nTekst\r\n"
	d, err := ParseMarkdown("x.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Met de hand" || d.Status != StatusKlaar || d.Body != "Tekst\r\n" {
		t.Errorf("parsed %+v", d)
	}
	d, err = ParseMarkdown(filepath.Join("notities", "Idee voor maandag.md"), []byte("Gewoon tekst"))
	if err != nil || d.Title != "Idee voor maandag" || d.Body != "Gewoon tekst" {
		t.Errorf("without front matter: %+v, %v", d, err)
	}
	if _, err := ParseMarkdown("x.md", []byte("---\ntitle: \"open\"\nnooit gesloten")); err == nil {
		t.Error("unclosed front matter was accepted")
	}
	if _, err := ParseMarkdown("x.md", []byte("---\ncreated: gisteren\n---\n")); err == nil {
		t.Error("a bad time was accepted")
	}
}

func TestReadJSONShapes(t *testing.T) {
	for in, want := range map[string]int{
		`{"drafts": [{"title": "a"}, {"title": "b"}]}`: 2,
		`[{"title": "a"}]`: 1,
		`{"id": 3, "title": "show output", "body": "x"}`: 1,
		`{"drafts": []}`: 0,
	} {
		ds, err := ReadJSON(strings.NewReader(in))
		if err != nil || len(ds) != want {
			t.Errorf("ReadJSON(%s) = %d drafts, %v; want %d", in, len(ds), err, want)
		}
	}
	for _, in := range []string{``, `42`, `"tekst"`, `{"drafts": 1}`, `[{"title": "a"}] [{}]`,
		`[{"created": "gisteren"}]`, `{"title": "a"`} {
		if _, err := ReadJSON(strings.NewReader(in)); err == nil {
			t.Errorf("ReadJSON(%s) accepted bad input", in)
		}
	}
}

// An import with one bad draft adds none, so the user can fix the file
// and import it again without duplicates.
func TestImportIsAllOrNothing(t *testing.T) {
	s := openStore(t, t.TempDir())
	mustCreate(t, s, Draft{Title: "al hier"})
	_, _, err := s.Import([]Draft{{Title: "goed"}, {Title: "fout", Status: "gepost"}, {Title: "ook goed"}})
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "draft 2") {
		t.Errorf("err = %v, want ErrInvalid naming draft 2", err)
	}
	if got, _ := s.List(""); !slices.Equal(titles(got), []string{"al hier"}) {
		t.Errorf("after a failed import: %q", titles(got))
	}
	if got, _ := s.List("goed"); len(got) != 0 {
		t.Errorf("a failed import left search entries: %q", titles(got))
	}
}

func TestReadExportRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "drafts.txt")
	os.WriteFile(txt, []byte("x"), 0o600)
	if _, err := ReadExport(txt); !errors.Is(err, ErrInvalid) {
		t.Errorf(".txt: err = %v, want ErrInvalid", err)
	}
	if _, err := ReadExport(dir); err == nil {
		t.Error("a directory without .md files was accepted")
	}
	bad := filepath.Join(dir, "b.md")
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("goed"), 0o600)
	os.WriteFile(bad, []byte("---\nstatus: \"klaar\n---\n"), 0o600)
	if _, err := ReadExport(dir); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("err = %v, want one naming %s", err, bad)
	}
}

func TestExportJSONReplacesOnlyWhenComplete(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "drafts.json")
	if err := ExportJSON(path, []Draft{{ID: 1, Title: "een"}}); err != nil {
		t.Fatal(err)
	}
	if err := ExportJSON(path, []Draft{{ID: 1, Title: "een"}, {ID: 2, Title: "twee"}}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(readFile(t, path), []byte(`"twee"`)) {
		t.Error("the second export did not replace the first")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %d entries", len(entries))
	}
	assertMode(t, path, 0o600)
}

func TestDraftWithoutTimesImportsAsNew(t *testing.T) {
	clock := useFakeClock(t)
	var b bytes.Buffer
	if err := WriteJSON(&b, []Draft{{Title: "met de hand"}}); err != nil {
		t.Fatal(err)
	}
	ds, err := ReadJSON(&b)
	if err != nil {
		t.Fatal(err)
	}
	s := openStore(t, t.TempDir())
	if _, _, err := s.Import(ds); err != nil {
		t.Fatal(err)
	}
	got, _ := s.List("")
	if len(got) != 1 || !got[0].Created.Equal(clock.now) || !got[0].Updated.Equal(clock.now) {
		t.Errorf("imported %+v, want created and updated now (%v)", got, clock.now)
	}
}
