package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"postwijs/drafts"
)

// seedDrafts writes drafts into a new data directory, oldest first, and
// returns the directory and the drafts as stored.
func seedDrafts(t *testing.T, ds ...drafts.Draft) (string, []drafts.Draft) {
	t.Helper()
	dir := t.TempDir()
	s, err := drafts.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var out []drafts.Draft
	for _, d := range ds {
		created, err := s.Create(d)
		if err != nil {
			t.Fatal(err)
		}
		if d.Status != "" {
			d.ID = created.ID
			if created, err = s.Save(d); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, created)
	}
	return dir, out
}

var threeDrafts = []drafts.Draft{
	{Title: "Lancering", Body: "Vandaag gaat onze nieuwe app live!", Network: "x", Status: drafts.StatusKlaar},
	{Title: "Café-avond", Body: "Koffie en taart voor het hele team.\nTot vrijdag!"},
	{Title: "", Body: "Een bericht zonder titel over de lancering van het café", Network: "mastodon"},
}

// jsonDraft is the JSON contract of a draft, decoded strictly below.
type jsonDraft struct {
	ID       int64    `json:"id"`
	Title    string   `json:"title"`
	Body     string   `json:"body"`
	Network  string   `json:"network"`
	Status   string   `json:"status"`
	Created  string   `json:"created"`
	Updated  string   `json:"updated"`
	PostedAt string   `json:"posted_at"`
	PostedOn string   `json:"posted_on"`
	Lang     string   `json:"lang"`
	Ignored  []string `json:"ignored"`
	Deleted  string   `json:"deleted"`
}

func decodeStrict(t *testing.T, out string, v any) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("output is not the JSON contract: %v\n%s", err, out)
	}
	if err := dec.Decode(new(any)); err != io.EOF {
		t.Fatalf("more than one JSON value:\n%s", out)
	}
}

func decodeList(t *testing.T, out string) []jsonDraft {
	t.Helper()
	var v struct {
		Drafts []jsonDraft `json:"drafts"`
	}
	decodeStrict(t, out, &v)
	return v.Drafts
}

func jsonTitles(ds []jsonDraft) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Title)
	}
	return out
}

func TestDraftsListJSON(t *testing.T) {
	dir, stored := seedDrafts(t, threeDrafts...)
	code, out, errOut := cli(t, "nl", "", "drafts", "list", "--format", "json", "--data", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	got := decodeList(t, out)
	if want := []string{"", "Café-avond", "Lancering"}; !slices.Equal(jsonTitles(got), want) {
		t.Fatalf("titles %q, want newest first %q", jsonTitles(got), want)
	}
	first, want := got[2], stored[0]
	if first.ID != want.ID || first.Body != want.Body || first.Network != "x" || first.Status != "klaar" {
		t.Errorf("draft %+v, want %+v", first, want)
	}
	for _, ts := range []string{first.Created, first.Updated} {
		if _, err := time.Parse(time.RFC3339, ts); err != nil {
			t.Errorf("time %q is not RFC 3339: %v", ts, err)
		}
	}
	if got[1].Network != "linkedin" || got[1].Status != "concept" {
		t.Errorf("default network and status: %+v", got[1])
	}
}

func TestDraftsListText(t *testing.T) {
	dir, stored := seedDrafts(t, threeDrafts...)
	// --data before the command, as well as after it.
	code, out, errOut := cli(t, "nl", "", "drafts", "--data", dir, "list")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want one per draft:\n%s", len(lines), out)
	}
	want := fmt.Sprintf("%d\tklaar\tx\t%s\tLancering", stored[0].ID, stored[0].Updated.Local().Format("2006-01-02 15:04"))
	if lines[2] != want {
		t.Errorf("last line %q, want %q", lines[2], want)
	}
	if !strings.HasSuffix(lines[0], "\tEen bericht zonder titel over de lanceri…") {
		t.Errorf("an untitled draft shows %q, want the start of its text", lines[0])
	}
}

func TestDraftsDataFromEnvironment(t *testing.T) {
	dir, _ := seedDrafts(t, threeDrafts[0])
	t.Setenv("POSTWIJS_DATA", dir)
	code, out, _ := cli(t, "nl", "", "drafts", "list", "--format", "json")
	if code != 0 || len(decodeList(t, out)) != 1 {
		t.Errorf("exit %d, output %s", code, out)
	}
}

func TestDraftsShow(t *testing.T) {
	dir, stored := seedDrafts(t, threeDrafts...)
	id := fmt.Sprint(stored[1].ID)
	code, out, errOut := cli(t, "nl", "", "drafts", "show", id, "--data", dir, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var d jsonDraft
	decodeStrict(t, out, &d)
	if d.ID != stored[1].ID || d.Title != "Café-avond" || d.Body != stored[1].Body {
		t.Errorf("show json = %+v", d)
	}

	code, out, _ = cli(t, "nl", "", "drafts", "show", id, "--data", dir)
	if code != 0 || !strings.Contains(out, "title:    Café-avond\n") ||
		!strings.HasSuffix(out, "\n\nKoffie en taart voor het hele team.\nTot vrijdag!\n") {
		t.Errorf("show text (exit %d):\n%s", code, out)
	}

	code, out, errOut = cli(t, "nl", "", "drafts", "show", "999", "--data", dir)
	if code != 1 || out != "" || !strings.Contains(errOut, "no draft 999") {
		t.Errorf("unknown id: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestDraftsSearch(t *testing.T) {
	dir, _ := seedDrafts(t, threeDrafts...)
	// Accents, case and word prefixes; the draft with the word in its
	// title ranks above the one that only mentions it.
	code, out, errOut := cli(t, "nl", "", "drafts", "search", "--data", dir, "--format", "json", "LANCER")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if got := jsonTitles(decodeList(t, out)); !slices.Equal(got, []string{"Lancering", ""}) {
		t.Errorf("search LANCER = %q", got)
	}
	code, out, _ = cli(t, "nl", "", "drafts", "search", "cafe", "team", "--data", dir)
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, "Café-avond") {
		t.Errorf("search for two words (exit %d):\n%s", code, out)
	}
	code, out, _ = cli(t, "nl", "", "drafts", "search", "xyzzy", "--data", dir, "--format", "json")
	if code != 0 || len(decodeList(t, out)) != 0 || !strings.Contains(out, `"drafts": []`) {
		t.Errorf("no matches: exit %d, %s", code, out)
	}
}

func TestDraftsExportImportJSON(t *testing.T) {
	dir, stored := seedDrafts(t, threeDrafts...)
	file := filepath.Join(t.TempDir(), "drafts.json")
	code, out, errOut := cli(t, "nl", "", "drafts", "export", "--out", file, "--data", dir)
	if code != 0 || !strings.Contains(out, "3 drafts exported") {
		t.Fatalf("export: exit %d, %q, %s", code, out, errOut)
	}
	// Standard output gets the same JSON.
	_, stdoutJSON, _ := cli(t, "nl", "", "drafts", "export", "--data", dir)
	fileJSON, err := os.ReadFile(file)
	if err != nil || string(fileJSON) != stdoutJSON {
		t.Errorf("the file and standard output differ (%v)", err)
	}

	other := t.TempDir()
	code, out, errOut = cli(t, "nl", "", "drafts", "import", file, "--data", other)
	if code != 0 || out != "3 drafts added\n" {
		t.Fatalf("import: exit %d, %q, %s", code, out, errOut)
	}
	_, listed, _ := cli(t, "nl", "", "drafts", "list", "--format", "json", "--data", other)
	got := decodeList(t, listed)
	for i, d := range got {
		want := stored[len(stored)-1-i]
		if d.Title != want.Title || d.Body != want.Body || d.Status != want.Status ||
			d.Created != drafts.ToJSON(want).Created {
			t.Errorf("imported %+v, want %+v", d, want)
		}
	}
	code, out, _ = cli(t, "nl", "", "drafts", "import", file, "--data", other)
	if code != 0 || out != "0 drafts added, 3 already there\n" {
		t.Errorf("second import: exit %d, %q", code, out)
	}
}

func TestDraftsExportImportMarkdown(t *testing.T) {
	dir, _ := seedDrafts(t, threeDrafts...)
	outDir := filepath.Join(t.TempDir(), "md")
	code, _, errOut := cli(t, "nl", "", "drafts", "export", "--format", "markdown", "--out", outDir, "--data", dir)
	if code != 0 {
		t.Fatalf("export: exit %d, %s", code, errOut)
	}
	files, _ := filepath.Glob(filepath.Join(outDir, "*.md"))
	if len(files) != 3 {
		t.Fatalf("%d files, want 3", len(files))
	}
	content, _ := os.ReadFile(filepath.Join(outDir, "0001-lancering.md"))
	if !strings.HasPrefix(string(content), "---\ntitle: \"Lancering\"\nnetwork: x\nstatus: klaar\ncreated: ") ||
		!strings.HasSuffix(string(content), "---\n\nVandaag gaat onze nieuwe app live!") {
		t.Errorf("0001-lancering.md:\n%s", content)
	}

	other := t.TempDir()
	code, out, errOut := cli(t, "nl", "", "drafts", "import", outDir, "--data", other)
	if code != 0 || out != "3 drafts added\n" {
		t.Fatalf("import dir: exit %d, %q, %s", code, out, errOut)
	}
	single := t.TempDir()
	code, out, _ = cli(t, "nl", "", "drafts", "import", filepath.Join(outDir, "0002-cafe-avond.md"), "--data", single)
	if code != 0 || out != "1 draft added\n" {
		t.Errorf("import one file: exit %d, %q", code, out)
	}
}

// A file with one bad draft adds nothing; the reason names the problem.
func TestDraftsImportIsAllOrNothing(t *testing.T) {
	dir, _ := seedDrafts(t, threeDrafts[0])
	file := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(file, []byte(`{"drafts": [
		{"title": "goed", "body": "een"},
		{"title": "fout", "body": "twee", "status": "gepost"},
		{"title": "ook goed", "body": "drie"}]}`), 0o600)
	code, out, errOut := cli(t, "nl", "", "drafts", "import", file, "--data", dir)
	if code != 1 || out != "" || !strings.Contains(errOut, "gepost") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1 and the bad status named", code, out, errOut)
	}
	broken := filepath.Join(t.TempDir(), "broken.json")
	os.WriteFile(broken, []byte(`{"drafts": [{"title": "half`), 0o600)
	if code, _, errOut := cli(t, "nl", "", "drafts", "import", broken, "--data", dir); code != 1 || !strings.Contains(errOut, broken) {
		t.Errorf("truncated file: exit %d, %q", code, errOut)
	}
	_, listed, _ := cli(t, "nl", "", "drafts", "list", "--format", "json", "--data", dir)
	if got := jsonTitles(decodeList(t, listed)); !slices.Equal(got, []string{"Lancering"}) {
		t.Errorf("after failed imports the drafts are %q", got)
	}
}

// While the window has the drafts open, reading works and importing is
// refused with the reason, without touching anything.
func TestDraftsBesideARunningPostwijs(t *testing.T) {
	dir, _ := seedDrafts(t, threeDrafts...)
	s, err := drafts.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	code, out, errOut := cli(t, "nl", "", "drafts", "list", "--format", "json", "--data", dir)
	if code != 0 || len(decodeList(t, out)) != 3 {
		t.Errorf("list beside the window: exit %d, %s", code, errOut)
	}
	file := filepath.Join(t.TempDir(), "one.json")
	os.WriteFile(file, []byte(`[{"title": "nieuw"}]`), 0o600)
	code, _, errOut = cli(t, "nl", "", "drafts", "import", file, "--data", dir)
	if code != 1 || !strings.Contains(errOut, "in use by another Postwijs") {
		t.Errorf("import beside the window: exit %d, %q", code, errOut)
	}
	if got, _ := s.List(""); len(got) != 3 {
		t.Errorf("the refused import changed the drafts: %d", len(got))
	}
}

func TestDraftsBadUsage(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{},
		{"lijst"},
		{"list", "extra"},
		{"list", "--format", "xml"},
		{"list", "--out", "x"},
		{"show"},
		{"show", "abc"},
		{"show", "0"},
		{"search"},
		{"export", "--format", "text"},
		{"export", "--format", "markdown"},
		{"import"},
		{"import", "a.json", "b.json"},
		{"import", "a.json", "--format", "json"},
		{"list", "--bogus"},
	} {
		code, out, errOut := cli(t, "nl", "", append([]string{"drafts", "--data", dir}, args...)...)
		if code != 2 || out != "" || !strings.Contains(errOut, "usage: postwijs drafts") {
			t.Errorf("drafts %q: exit %d, stdout %q, stderr %q; want 2 with the usage", args, code, out, errOut)
		}
	}
	if code, _, errOut := cli(t, "nl", "", "drafts", "--help"); code != 0 || !strings.Contains(errOut, "usage") {
		t.Errorf("--help: exit %d", code)
	}
}

// --data may come before the drafts command, as global flags usually do.
func TestDraftsDataFlagFirst(t *testing.T) {
	dir, _ := seedDrafts(t, threeDrafts...)
	for _, args := range [][]string{
		{"--data", dir, "drafts", "list", "--format", "json"},
		{"--data=" + dir, "drafts", "list", "--format", "json"},
	} {
		code, out, errOut := cli(t, "nl", "", args...)
		if code != 0 || len(decodeList(t, out)) != len(threeDrafts) {
			t.Errorf("%v: exit %d, %s %s", args[:3], code, out, errOut)
		}
	}
}
