package drafts

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/mattn/go-sqlite3"
)

// prepareFile makes sure path exists with mode 0600 and is a database this
// version can use. It moves an unreadable file aside (returning its new
// name) and refuses a newer schema, before anything writes to the file.
func prepareFile(path string) (recovered string, err error) {
	if err := createFile(path); err != nil {
		return "", err
	}
	version, err := probe(path)
	if isDamaged(err) {
		return recoverFile(path)
	}
	if err != nil {
		return "", fmt.Errorf("drafts: read %s: %w", path, err)
	}
	if version > len(migrations) {
		return "", newerSchema(path, version)
	}
	return "", nil
}

// createFile creates the database file ourselves because SQLite would create
// it with 0644; the -wal and -shm files then inherit 0600 from it. An
// existing file is left as it is, and an empty file is a valid empty database.
func createFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("drafts: create %s: %w", path, err)
	}
	return f.Close()
}

// probe reads the schema version and the schema itself through a read-only
// connection. Read-only matters: a read-write connection checkpoints the WAL
// on close and would change a newer Postwijs's file.
//
// A process killed inside a transaction in rollback-journal mode (a new
// file's first migrations run before WAL is switched on) leaves a hot
// journal, which a read-only connection may not roll back. Any SQLite,
// a newer Postwijs's too, rolls it back before reading, so a read-write
// connection does that here; without WAL there is nothing to checkpoint.
func probe(path string) (version int, err error) {
	version, err = readSchema(path, "mode=ro&_busy_timeout=5000")
	var e sqlite3.Error
	if errors.As(err, &e) && e.ExtendedCode == sqlite3.ErrReadonlyRollback {
		version, err = readSchema(path, "_busy_timeout=5000")
	}
	return version, err
}

func readSchema(path, params string) (version int, err error) {
	db, err := sql.Open("sqlite3", dsn(path, params))
	if err != nil {
		return 0, err
	}
	defer db.Close()
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return 0, err
	}
	// Reading the header is not enough: a file can have a valid header
	// and a mangled schema page.
	var n int
	if err := db.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&n); err != nil {
		return 0, err
	}
	return version, nil
}

// isDamaged reports errors that mean the file's content cannot be read,
// as opposed to errors about access (permissions, locks, full disk), which
// must never cause the file to be moved.
func isDamaged(err error) bool {
	var e sqlite3.Error
	if !errors.As(err, &e) {
		return false
	}
	return e.Code == sqlite3.ErrNotADB || e.Code == sqlite3.ErrCorrupt
}

// recoverFile moves the damaged database aside and starts an empty one, so
// the user can keep writing; the old bytes stay on disk for rescue.
func recoverFile(path string) (string, error) {
	moved, err := moveAside(path, time.Now())
	if err != nil {
		return "", fmt.Errorf("drafts: move damaged %s aside: %w", path, err)
	}
	if err := createFile(path); err != nil {
		return "", err
	}
	return moved, nil
}

// moveAside renames path and its -wal/-shm to a free
// path.damaged-YYYYMMDD-HHMMSS name (local time: the user reads it) and
// returns the new name of the main file. The companions go first: a stale
// WAL left next to the fresh database would be replayed into it.
func moveAside(path string, at time.Time) (string, error) {
	dst := freeName(path + ".damaged-" + at.Format("20060102-150405"))
	var done []string
	for _, suffix := range []string{"-wal", "-shm", ""} {
		err := os.Rename(path+suffix, dst+suffix)
		if errors.Is(err, fs.ErrNotExist) && suffix != "" {
			continue
		}
		if err != nil {
			undoMoves(path, dst, done)
			return "", err
		}
		done = append(done, suffix)
	}
	return dst, nil
}

// undoMoves puts already moved companions back, so a failed recovery leaves
// the files as they were. It is best effort: the failure is reported anyway.
func undoMoves(path, dst string, suffixes []string) {
	for _, suffix := range suffixes {
		os.Rename(dst+suffix, path+suffix)
	}
}

// freeName returns base, or base-2, base-3, … whichever is unused, because
// os.Rename silently replaces an existing file on Unix and two recoveries
// can happen within one second.
func freeName(base string) string {
	name := base
	for i := 2; exists(name) || exists(name+"-wal") || exists(name+"-shm"); i++ {
		name = fmt.Sprintf("%s-%d", base, i)
	}
	return name
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
