package drafts

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestBackupIsACompleteDatabase(t *testing.T) {
	clock := useFakeClock(t)
	s := openStore(t, t.TempDir())
	d := mustCreate(t, s, Draft{Title: "Bewaren", Body: "eerste"})
	clock.advance(3 * time.Minute)
	d.Body = "tweede"
	mustSave(t, s, d)
	binned := mustCreate(t, s, Draft{Title: "In de bak"})
	s.Delete(binned.ID)
	s.AddWord("Postwijs", "nl")

	backupDir := t.TempDir()
	path := filepath.Join(backupDir, "kopie.db")
	if err := s.Backup(path); err != nil {
		t.Fatal(err)
	}
	assertMode(t, path, 0o600)
	// The copy opens as a Postwijs database with everything in it.
	if err := os.Rename(path, filepath.Join(backupDir, fileName)); err != nil {
		t.Fatal(err)
	}
	b := openStore(t, backupDir)
	integrityCheck(t, b.db)
	if got := mustGet(t, b, d.ID); got.Body != "tweede" {
		t.Errorf("backup body %q", got.Body)
	}
	if revs := mustRevisions(t, b, d.ID); len(revs) != 1 || revs[0].Body != "eerste" {
		t.Errorf("backup revisions %+v", revs)
	}
	if bin := mustFind(t, b, ListFilter{Deleted: true}); len(bin) != 1 {
		t.Errorf("backup bin %q", titles(bin))
	}
	if got, _ := b.List("tweede"); len(got) != 1 {
		t.Error("backup search index is missing")
	}
	if words, _ := b.Words(); len(words) != 1 {
		t.Errorf("backup words %+v", words)
	}
}

func TestBackupNeverOverwrites(t *testing.T) {
	s := openStore(t, t.TempDir())
	mustCreate(t, s, Draft{Title: "a"})
	path := filepath.Join(t.TempDir(), "bestaat.db")
	if err := os.WriteFile(path, []byte("iets belangrijks"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(path); !errors.Is(err, fs.ErrExist) {
		t.Errorf("err = %v, want ErrExist", err)
	}
	if got := string(readFile(t, path)); got != "iets belangrijks" {
		t.Errorf("existing file overwritten: %q", got)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("%d files in the target directory, want only the existing one", len(entries))
	}
}
