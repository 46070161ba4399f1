package drafts

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// lockName is the lock file next to the database. It is never deleted:
// removing it while another process waits on it would let two processes
// hold "the" lock on two different files.
const lockName = "postwijs.lock"

// dirLock is an exclusive lock on the data directory's lock file, held
// for as long as a Store is open. The operating system drops it when the
// process dies, even by kill -9, so a crash never leaves a stale lock.
type dirLock struct{ f *os.File }

// lockDir takes the lock or returns ErrLocked naming the database and,
// where the lock file says so, the process that holds it.
func lockDir(dir, dbPath string) (*dirLock, error) {
	path := filepath.Join(dir, lockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("drafts: open lock file %s: %w", path, err)
	}
	held, err := tryLock(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("drafts: lock %s: %w", path, err)
	}
	if held {
		f.Close()
		return nil, lockedError(path, dbPath)
	}
	writePID(f)
	return &dirLock{f: f}, nil
}

func lockedError(lockPath, dbPath string) error {
	if pid := readPID(lockPath); pid > 0 {
		return fmt.Errorf("%s (process %d): %w", dbPath, pid, ErrLocked)
	}
	return fmt.Errorf("%s: %w", dbPath, ErrLocked)
}

// writePID records who holds the lock, only so the error message of a
// second instance can name it; the lock itself does not depend on it.
func writePID(f *os.File) {
	if f.Truncate(0) == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
}

func readPID(path string) int {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	return pid
}

func (l *dirLock) release() error {
	if l == nil {
		return nil
	}
	return errors.Join(unlock(l.f), l.f.Close())
}
