//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package drafts

import (
	"errors"
	"os"
	"syscall"
)

// tryLock uses flock, not fcntl locks: SQLite uses fcntl on the database
// itself, and fcntl locks of one process are all dropped when any of its
// descriptors for the file closes. flock belongs to this descriptor only.
func tryLock(f *os.File) (held bool, err error) {
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return true, nil
	}
	return false, err
}

func unlock(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}
