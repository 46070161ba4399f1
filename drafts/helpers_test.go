package drafts

import (
	"database/sql"
	"os"
	"testing"
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
