package drafts

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

// fileName is the database file inside the data directory.
const fileName = "postwijs.db"

// Store is the drafts database. It is safe for concurrent use.
type Store struct {
	db        *sql.DB
	path      string
	recovered string

	clockMu sync.Mutex
	last    time.Time // latest timestamp handed out, see now
}

// Open opens (creating if needed) dir/postwijs.db. The directory is created 0700, the file 0600.
// WAL journal mode, foreign keys on, busy_timeout 5000. Runs migrations.
func Open(dir string) (*Store, error) {
	// Drafts are private writing: only the owner may read them.
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("drafts: create data directory: %w", err)
	}
	path := filepath.Join(dir, fileName)
	recovered, err := prepareFile(path)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite3", dsn(path, readWriteParams))
	if err != nil {
		return nil, fmt.Errorf("drafts: open %s: %w", path, err)
	}
	if err := setUp(db, path); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, path: path, recovered: recovered}, nil
}

// readWriteParams apply to every pooled connection: foreign keys and the
// busy timeout are per-connection settings in SQLite. BEGIN IMMEDIATE takes
// the write lock up front, so a transaction never fails half-way with
// SQLITE_BUSY when it upgrades from reading to writing.
const readWriteParams = "_busy_timeout=5000&_foreign_keys=1&_txlock=immediate"

// setUp migrates first and switches to WAL afterwards, so that a database
// that turns out to be from a newer Postwijs is not modified at all.
func setUp(db *sql.DB, path string) error {
	if err := migrate(db, path); err != nil {
		return err
	}
	// WAL lets the UI read while a save is being written. The mode is stored
	// in the file, so setting it once is enough. SQLite keeps the old mode
	// where WAL cannot work (some network file systems); that is still safe,
	// so it is not treated as an error.
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode=WAL").Scan(&mode); err != nil {
		return fmt.Errorf("drafts: set WAL mode on %s: %w", path, err)
	}
	return nil
}

// dsn builds a SQLite URI filename, which escapes characters such as
// '?', '#' and '%' that may appear in a user's --data path.
func dsn(path, params string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: file:///C:/Users/…
	}
	u := url.URL{Scheme: "file", Path: p, RawQuery: params}
	return u.String()
}

// Path returns the database file.
func (s *Store) Path() string { return s.path }

// Recovered: when Open found a damaged file that SQLite cannot read ("file is not a database",
// corrupt), it renamed it (never deleted) to postwijs.db.damaged-YYYYMMDD-HHMMSS (and its -wal/-shm),
// started a fresh database, and Recovered returns the path of the moved file; otherwise "".
func (s *Store) Recovered() string { return s.recovered }

// Close closes the database. SQLite checkpoints the WAL into the main file
// when the last connection closes.
func (s *Store) Close() error { return s.db.Close() }
