package settings

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"postwijs/checker"
)

func TestMissingFileGivesDefaults(t *testing.T) {
	s, err := Load(filepath.Join(t.TempDir(), FileName))
	if err != nil || !reflect.DeepEqual(s, Settings{}) {
		t.Fatalf("got %+v, %v", s, err)
	}
}

func TestExampleFileIsValid(t *testing.T) {
	s, err := Load("example.toml")
	if err != nil {
		t.Fatal(err)
	}
	if s.Organisation.Name != "Acme Zorg" || len(s.Organisation.ConfidentialTerms) != 2 || s.Checks.Disabled[0] != "media-reminder" {
		t.Fatalf("example read as %+v", s)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", FileName)
	want := Settings{
		Organisation: checker.Org{Name: "Acme", ConfidentialTerms: []string{"Project Zeus"}, Networks: []string{"linkedin"}, Spokesperson: true},
		Checks:       Checks{Disabled: []string{"shouting"}},
		Policy:       Policy{Text: "Wees aardig.\nEn eerlijk."},
		User:         User{SetupDone: true},
	}
	if err := Save(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v, %v", got, err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("settings file mode %v, want 0600", info.Mode().Perm())
	}
}

func TestInvalidFilesAreRefusedWithTheReason(t *testing.T) {
	cases := map[string]string{
		"[organisation]\nnetworks = [\"myspace\"]\n": "myspace",
		"[checks]\ndisabled = [\"no-such-check\"]\n": "no-such-check",
		"[organisation]\nnaam = \"Acme\"\n":          "naam",
		"[organisation\nname = \"Acme\"\n":           "settings.toml",
		"[organisation]\nspokesperson = \"ja\"\n":    "spokesperson",
	}
	for text, want := range cases {
		_, err := Parse([]byte(text), FileName)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want it to name %q", text, err, want)
		}
	}
}

func TestImportKeepsTheUsersOwnPart(t *testing.T) {
	dir := t.TempDir()
	employer := Settings{Organisation: checker.Org{Name: "Acme", InternalDomains: []string{"acme.local"}}, User: User{SetupDone: true}}
	file := filepath.Join(dir, "acme.toml")
	if err := Export(file, employer); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(file)
	if strings.Contains(string(data), "setup_done = true") {
		t.Error("export carries the exporting user's own settings")
	}
	got, err := Import(file, Settings{User: User{SetupDone: false}})
	if err != nil || got.Organisation.Name != "Acme" || got.User.SetupDone {
		t.Fatalf("imported %+v, %v", got, err)
	}
	broken := filepath.Join(dir, "broken.toml")
	os.WriteFile(broken, []byte("[organisation\n"), 0o600)
	current := Settings{Organisation: checker.Org{Name: "Oud"}}
	if got, err := Import(broken, current); err == nil || got.Organisation.Name != "Oud" {
		t.Fatalf("a broken import gave %+v, %v; want an error and the current settings", got, err)
	}
}

func TestLines(t *testing.T) {
	got := Lines(" Project Zeus\n\nOrion , Apollo \n")
	if !reflect.DeepEqual(got, []string{"Project Zeus", "Orion", "Apollo"}) {
		t.Fatalf("got %q", got)
	}
}
