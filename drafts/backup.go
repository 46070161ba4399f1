package drafts

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Backup writes a consistent copy of the whole database (drafts, bin,
// history, dictionary) to path, which must not exist yet. VACUUM INTO
// reads one snapshot, so saves made meanwhile are either wholly in the
// copy or not at all; it also works on a read-only Store. The copy is
// written under a temporary name and renamed into place when complete,
// so path is never a half-written file.
func (s *Store) Backup(path string) error {
	if err := backupTo(s, path); err != nil {
		return fmt.Errorf("drafts: backup to %s: %w", path, err)
	}
	return nil
}

func backupTo(s *Store, path string) error {
	if _, err := os.Lstat(path); err == nil {
		return fs.ErrExist
	}
	// An empty file is allowed as the target of VACUUM INTO; creating it
	// ourselves makes it 0600 like the database.
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	tmp.Close()
	if err := vacuumInto(s, name); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return err
	}
	return nil
}

// vacuumInto writes the copy and flushes it to disk, since SQLite does not
// sync the target of VACUUM INTO and a backup is wanted most after a crash.
func vacuumInto(s *Store, name string) error {
	if _, err := s.db.Exec(`VACUUM INTO ?`, name); err != nil {
		return err
	}
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	return errors.Join(f.Sync(), f.Close())
}
