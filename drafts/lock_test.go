package drafts

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestSecondOpenIsLocked(t *testing.T) {
	dir := t.TempDir()
	first := openStore(t, dir)
	d := mustCreate(t, first, Draft{Title: "van het eerste venster"})

	second, err := Open(dir)
	if err == nil {
		second.Close()
		t.Fatal("a second Open of the same directory succeeded")
	}
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), first.Path()) ||
		!strings.Contains(err.Error(), fmt.Sprint(os.Getpid())) {
		t.Errorf("err = %v, want ErrLocked naming %s and process %d", err, first.Path(), os.Getpid())
	}
	// The refused Open changed nothing for the first.
	d.Body = "nog steeds van mij"
	mustSave(t, first, d)
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	again := openStore(t, dir)
	if got := mustGet(t, again, d.ID); got.Body != "nog steeds van mij" {
		t.Errorf("after the first closed, body %q", got.Body)
	}
}

// An Open that fails for another reason must not keep the lock, or the
// next attempt would wrongly report another instance.
func TestFailedOpenReleasesTheLock(t *testing.T) {
	dir := t.TempDir()
	writeNewer(t, dir, "WAL", true)
	for range 2 {
		if _, err := Open(dir); !errors.Is(err, ErrNewerSchema) {
			t.Fatalf("Open: err = %v, want ErrNewerSchema", err)
		}
	}
}

func TestOpenReadOnlyBesideARunningPostwijs(t *testing.T) {
	dir := t.TempDir()
	writer := openStore(t, dir)
	mustCreate(t, writer, Draft{Title: "een"})

	reader, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatalf("OpenReadOnly: %v", err)
	}
	defer reader.Close()
	if got, _ := reader.List(""); len(got) != 1 {
		t.Fatalf("reader sees %q", titles(got))
	}
	mustCreate(t, writer, Draft{Title: "twee", Body: "later geschreven"})
	if got, _ := reader.List("later"); len(got) != 1 {
		t.Errorf("reader does not see a later save: %q", titles(got))
	}
	if _, err := reader.Create(Draft{Title: "mag niet"}); err == nil {
		t.Error("a read-only store wrote a draft")
	}
	if got, _ := writer.List(""); len(got) != 2 {
		t.Errorf("writer lists %q", titles(got))
	}
}

func TestOpenReadOnlyRefusesWhatItCannotRead(t *testing.T) {
	if _, err := OpenReadOnly(t.TempDir()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("empty directory: err = %v, want ErrNotExist", err)
	}
	old := t.TempDir()
	writeVersion1(t, old)
	if _, err := OpenReadOnly(old); err == nil || !strings.Contains(err.Error(), "upgraded") {
		t.Errorf("version 1 file: err = %v, want a request to upgrade", err)
	}
	newer := t.TempDir()
	writeNewer(t, newer, "WAL", true)
	if _, err := OpenReadOnly(newer); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("newer file: err = %v, want ErrNewerSchema", err)
	}
}

func TestLockFileIsPrivate(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix permissions")
	}
	dir := t.TempDir()
	openStore(t, dir)
	assertMode(t, filepath.Join(dir, lockName), 0o600)
}
