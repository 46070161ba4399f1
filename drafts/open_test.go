package drafts

import (
	"bytes"
	"database/sql"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestConnectionSettings(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	mustCreate(t, s, Draft{Title: "a"})
	for pragma, want := range map[string]string{
		"journal_mode": "wal", "foreign_keys": "1", "busy_timeout": "5000", "cache_size": "-32768",
	} {
		var got string
		if err := s.db.QueryRow("PRAGMA " + pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %q, want %q", pragma, got, want)
		}
	}
	// WAL must be stored in the file, not just set on our connection.
	db := rawDB(t, filepath.Join(dir, fileName))
	defer db.Close()
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode seen by another connection = %q (%v), want wal", mode, err)
	}
}

func TestPermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix permissions")
	}
	dir := filepath.Join(t.TempDir(), "new", "postwijs")
	s := openStore(t, dir)
	mustCreate(t, s, Draft{Title: "private"}) // makes SQLite create the -wal file

	assertMode(t, dir, 0o700)
	assertMode(t, s.Path(), 0o600)
	assertMode(t, s.Path()+"-wal", 0o600)
}

func assertMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != want {
		t.Errorf("%s has mode %o, want %o", filepath.Base(path), got, want)
	}
}

// A newer Postwijs's file must come through byte for byte, whether it was
// closed cleanly (in either journal mode) or left a WAL behind by crashing.
func TestNewerSchemaIsRefusedAndUntouched(t *testing.T) {
	for name, fixture := range map[string]func(t *testing.T, dir string){
		"rollback journal": func(t *testing.T, dir string) { writeNewer(t, dir, "DELETE", true) },
		"wal, closed":      func(t *testing.T, dir string) { writeNewer(t, dir, "WAL", true) },
		"wal, crashed":     func(t *testing.T, dir string) { writeNewer(t, dir, "WAL", false) },
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, fileName)
			fixture(t, dir)
			before := readFiles(t, path, path+"-wal")

			s, err := Open(dir)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded on a newer schema")
			}
			if !errors.Is(err, ErrNewerSchema) || !strings.Contains(err.Error(), path) {
				t.Errorf("err = %v, want ErrNewerSchema naming %s", err, path)
			}
			for file, want := range before {
				if !bytes.Equal(readFile(t, file), want) {
					t.Errorf("Open modified %s", filepath.Base(file))
				}
			}
			if matches, _ := filepath.Glob(path + ".damaged-*"); len(matches) > 0 {
				t.Errorf("a newer database was treated as damaged: %v", matches)
			}
		})
	}
}

// writeNewer writes a database with a future schema version in dir. When
// closed is false it copies the files while the connection is still open,
// which leaves the last write only in the -wal file, as a crash would.
func writeNewer(t *testing.T, dir, journal string, closed bool) {
	src := dir
	if !closed {
		src = t.TempDir()
	}
	db := rawDB(t, filepath.Join(src, fileName))
	defer db.Close()
	execRaw(t, db,
		"PRAGMA journal_mode="+journal,
		"PRAGMA wal_autocheckpoint=0",
		"CREATE TABLE future (x)",
		"PRAGMA user_version = 99",
		"INSERT INTO future VALUES ('from a newer Postwijs')",
	)
	if closed {
		return
	}
	for _, suffix := range []string{"", "-wal"} {
		content := readFile(t, filepath.Join(src, fileName+suffix))
		if err := os.WriteFile(filepath.Join(dir, fileName+suffix), content, 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// readFiles returns the contents of those paths that exist.
func readFiles(t *testing.T, paths ...string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, p := range paths {
		if exists(p) {
			out[p] = readFile(t, p)
		}
	}
	return out
}

func TestGarbageFileIsMovedAside(t *testing.T) {
	random := make([]byte, 4096)
	rand.New(rand.NewSource(1)).Read(random)
	for name, content := range map[string][]byte{
		"random bytes": random,
		"text":         bytes.Repeat([]byte("Dit is geen database, maar een boodschappenlijst.\n"), 80),
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, fileName)
			if err := os.WriteFile(path, content, 0o600); err != nil {
				t.Fatal(err)
			}
			s := assertRecovered(t, dir, map[string][]byte{"": content})
			mustCreate(t, s, Draft{Title: "after recovery"})
			s.Close()

			again := openStore(t, dir)
			if again.Recovered() != "" {
				t.Errorf("healthy reopen reports Recovered %q", again.Recovered())
			}
			if got, _ := again.List(""); len(got) != 1 {
				t.Errorf("fresh database lost its draft: %v", titles(got))
			}
		})
	}
}

// A file with a valid header but a mangled schema page is "corrupt", not
// "not a database"; it is moved aside too, with its WAL.
func TestCorruptFileIsMovedAsideWithWAL(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, fileName)
	s := openStore(t, dir)
	mustCreate(t, s, Draft{Title: "lost"})
	s.Close()
	content := readFile(t, path)
	for i := 100; i < 4096 && i < len(content); i++ {
		content[i] = 0xA5 // keep the 100-byte header, wreck the schema page
	}
	wal := []byte("stale write-ahead log")
	if err := os.WriteFile(path, content, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+"-wal", wal, 0o600); err != nil {
		t.Fatal(err)
	}
	assertRecovered(t, dir, map[string][]byte{"": content, "-wal": wal})
}

// assertRecovered opens dir and checks that the store is empty and that
// Recovered names a moved file (and companions, by suffix) with the
// original bytes.
func assertRecovered(t *testing.T, dir string, files map[string][]byte) *Store {
	t.Helper()
	s := openStore(t, dir)
	if got, err := s.List(""); err != nil || len(got) != 0 {
		t.Errorf("recovered store List = %v, %v; want empty", titles(got), err)
	}
	moved := s.Recovered()
	pattern := regexp.QuoteMeta(filepath.Join(dir, fileName)) + `\.damaged-\d{8}-\d{6}$`
	if !regexp.MustCompile(pattern).MatchString(moved) {
		t.Fatalf("Recovered() = %q, want %s", moved, pattern)
	}
	for suffix, want := range files {
		if got := readFile(t, moved+suffix); !bytes.Equal(got, want) {
			t.Errorf("%s does not hold the original bytes", moved+suffix)
		}
	}
	return s
}

func TestMoveAsideNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, fileName)
	at := time.Date(2025, 3, 4, 5, 6, 7, 0, time.Local)
	earlier := path + ".damaged-20250304-050607"
	for name, content := range map[string]string{path: "new", path + "-shm": "new shm", earlier: "earlier"} {
		if err := os.WriteFile(name, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	moved, err := moveAside(path, at)
	if err != nil {
		t.Fatal(err)
	}
	if moved != earlier+"-2" {
		t.Errorf("moved to %q, want %q", moved, earlier+"-2")
	}
	for name, want := range map[string]string{earlier: "earlier", moved: "new", moved + "-shm": "new shm"} {
		if got := string(readFile(t, name)); got != want {
			t.Errorf("%s = %q, want %q", filepath.Base(name), got, want)
		}
	}
	if exists(path) || exists(path+"-shm") {
		t.Error("originals still in place")
	}
}

// version1SQL is the database exactly as the first release writes it.
// Frozen here on purpose: migrations must keep such files working.
var version1SQL = []string{
	`CREATE TABLE drafts (
		id      INTEGER PRIMARY KEY AUTOINCREMENT,
		title   TEXT NOT NULL DEFAULT '',
		body    TEXT NOT NULL DEFAULT '',
		network TEXT NOT NULL DEFAULT '',
		created TEXT NOT NULL,
		updated TEXT NOT NULL
	)`,
	`CREATE INDEX drafts_updated ON drafts(updated)`,
	`INSERT INTO drafts VALUES (1, 'Oud', 'Eerste versie', 'linkedin',
		'2024-05-01T09:00:00.000000000Z', '2024-05-01T09:00:00.000000000Z')`,
	`INSERT INTO drafts VALUES (2, 'Nieuwer', 'Tweede', '',
		'2024-05-02T09:00:00.000000000Z', '2024-06-01T12:30:00.123456789Z')`,
	`PRAGMA user_version = 1`,
}

func writeVersion1(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, fileName)
	db := rawDB(t, path)
	defer db.Close()
	execRaw(t, db, "PRAGMA journal_mode=WAL")
	execRaw(t, db, version1SQL...)
	return path
}

// A migration that fails must leave the file at the version before it
// with none of its changes; one that succeeds bumps the version.
func TestMigrationsAreTransactional(t *testing.T) {
	dir := t.TempDir()
	path := writeVersion1(t, dir)
	orig := migrations
	t.Cleanup(func() { migrations = orig })
	addMood := func(tx *sql.Tx) error {
		return execAll(tx, `ALTER TABLE drafts ADD COLUMN mood TEXT NOT NULL DEFAULT 'blij'`)
	}

	migrations = append(slices.Clip(orig), func(tx *sql.Tx) error {
		if err := addMood(tx); err != nil {
			return err
		}
		return errors.New("boom")
	})
	if s, err := Open(dir); err == nil {
		s.Close()
		t.Fatal("Open succeeded although the migration failed")
	}
	db := rawDB(t, path)
	if v := userVersion(t, db); v != len(orig) {
		t.Errorf("after failed migration user_version = %d, want %d", v, len(orig))
	}
	if _, err := db.Exec(`SELECT mood FROM drafts`); err == nil {
		t.Error("failed migration left its column behind")
	}
	db.Close()

	migrations = append(slices.Clip(orig), addMood)
	s := openStore(t, dir)
	if v := userVersion(t, s.db); v != len(orig)+1 {
		t.Errorf("after migration user_version = %d, want %d", v, len(orig)+1)
	}
	if got, _ := s.List(""); len(got) != 2 {
		t.Errorf("migration lost drafts: %v", titles(got))
	}
}

func userVersion(t *testing.T, db *sql.DB) int {
	t.Helper()
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}
