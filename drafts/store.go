package drafts

import (
	"database/sql"
	"errors"
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
	lock      *dirLock // nil for a read-only store
	closeOnce sync.Once
	closeErr  error

	clockMu sync.Mutex
	last    time.Time // latest timestamp handed out, see now
}

// Open opens (creating if needed) dir/postwijs.db. The directory is created 0700, the file 0600.
// WAL journal mode, foreign keys on, busy_timeout 5000. Runs migrations.
// It returns ErrLocked while another Postwijs has the same database open.
func Open(dir string) (*Store, error) {
	// Drafts are private writing: only the owner may read them.
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("drafts: create data directory: %w", err)
	}
	path := filepath.Join(dir, fileName)
	// The lock comes first: recovery and migrations rename and rewrite
	// the file, which must never happen under another running Postwijs.
	lock, err := lockDir(dir, path)
	if err != nil {
		return nil, err
	}
	s, err := openLocked(path)
	if err != nil {
		lock.release()
		return nil, err
	}
	s.lock = lock
	return s, nil
}

func openLocked(path string) (*Store, error) {
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
const readWriteParams = "_busy_timeout=5000&_foreign_keys=1&_txlock=immediate&" + cacheParam

// cacheParam gives each connection a 32 MiB page cache instead of
// SQLite's 2 MiB: 10,000 drafts with their search index take about 30 MiB,
// and listing them should not read the file from the operating system
// page by page every time.
const cacheParam = "_cache_size=-32768"

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

// OpenReadOnly opens dir/postwijs.db for reading without taking the lock,
// so that `postwijs drafts list` or an export works while the window is
// open: WAL gives it a consistent snapshot next to the writer. It never
// creates, migrates or recovers the file; every method that writes fails.
func OpenReadOnly(dir string) (*Store, error) {
	path := filepath.Join(dir, fileName)
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("drafts: %w", err)
	}
	db, err := sql.Open("sqlite3", dsn(path, "mode=ro&_busy_timeout=5000&"+cacheParam))
	if err != nil {
		return nil, fmt.Errorf("drafts: open %s: %w", path, err)
	}
	if err := checkCurrent(db, path); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, path: path}, nil
}

// checkCurrent refuses a file whose schema this code cannot read as is;
// an older one needs a read-write Open to be migrated first.
func checkCurrent(db *sql.DB, path string) error {
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("drafts: read %s: %w", path, err)
	}
	if v > len(migrations) {
		return newerSchema(path, v)
	}
	if v < len(migrations) {
		return fmt.Errorf("drafts: %s has schema version %d and must be upgraded by opening it in Postwijs first", path, v)
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

// Close closes the database and then releases the lock. SQLite
// checkpoints the WAL into the main file when the last connection closes,
// which must happen before another Postwijs may open it.
// Closing twice is harmless and returns the first result.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.closeErr = errors.Join(s.db.Close(), s.lock.release())
	})
	return s.closeErr
}
