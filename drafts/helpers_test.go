package drafts

import (
	"database/sql"
	"os"
	"testing"
	"time"
)

// openStore opens a store in dir and closes it when the test ends.
func openStore(t testing.TB, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustCreate(t testing.TB, s *Store, d Draft) Draft {
	t.Helper()
	got, err := s.Create(d)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	return got
}

// rawDB opens a database file with plain SQL, bypassing the package, the
// way an older Postwijs or another tool would.
func rawDB(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite3", dsn(path, "_busy_timeout=5000"))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1) // PRAGMAs below must hit the same connection
	return db
}

func execRaw(t testing.TB, db *sql.DB, stmts ...string) {
	t.Helper()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func titles(ds []Draft) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.Title
	}
	return out
}

// fakeClock makes the store's clock stand still at a fixed time until the
// test moves it, so that the age of revisions and posting times are exact.
type fakeClock struct{ now time.Time }

func useFakeClock(t testing.TB) *fakeClock {
	c := &fakeClock{now: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)}
	timeNow = func() time.Time { return c.now }
	t.Cleanup(func() { timeNow = time.Now })
	return c
}

func (c *fakeClock) advance(d time.Duration) { c.now = c.now.Add(d) }

func mustSave(t testing.TB, s *Store, d Draft) Draft {
	t.Helper()
	got, err := s.Save(d)
	if err != nil {
		t.Fatalf("Save: %v", err)
	}
	return got
}

func mustGet(t testing.TB, s *Store, id int64) Draft {
	t.Helper()
	got, err := s.Get(id)
	if err != nil {
		t.Fatalf("Get(%d): %v", id, err)
	}
	return got
}

func mustFind(t testing.TB, s *Store, f ListFilter) []Draft {
	t.Helper()
	got, err := s.Find(f)
	if err != nil {
		t.Fatalf("Find(%+v): %v", f, err)
	}
	return got
}

func integrityCheck(t testing.TB, db *sql.DB) {
	t.Helper()
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check = %q, %v", res, err)
	}
}
