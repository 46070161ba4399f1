package drafts

import (
	"database/sql"
	"fmt"
)

// migrations[i] upgrades the schema from version i to version i+1, so the
// newest version this code knows is len(migrations). The version lives in
// PRAGMA user_version. Append new steps; never edit a released one, since
// users' files were written by it.
var migrations = []func(*sql.Tx) error{
	createDrafts, // 0 → 1, the first release
	addStatus,    // 1 → 2, schema.go
	addBin,       // 2 → 3
	addRevisions, // 3 → 4
	addSearch,    // 4 → 5
	addUserWords, // 5 → 6
}

// createDrafts is version 1, the first release. AUTOINCREMENT keeps ids of
// deleted drafts from being reused: a window still holding a deleted
// draft's id must get ErrNotFound on save, not overwrite a newer draft.
func createDrafts(tx *sql.Tx) error {
	return execAll(tx,
		`CREATE TABLE drafts (
			id      INTEGER PRIMARY KEY AUTOINCREMENT,
			title   TEXT NOT NULL DEFAULT '',
			body    TEXT NOT NULL DEFAULT '',
			network TEXT NOT NULL DEFAULT '',
			created TEXT NOT NULL,
			updated TEXT NOT NULL
		)`,
		`CREATE INDEX drafts_updated ON drafts(updated)`,
	)
}

func execAll(tx *sql.Tx, stmts ...string) error {
	for _, q := range stmts {
		if _, err := tx.Exec(q); err != nil {
			return err
		}
	}
	return nil
}

// migrate applies the missing migrations one by one.
func migrate(db *sql.DB, path string) error {
	for {
		done, err := migrateStep(db, path)
		if err != nil || done {
			return err
		}
	}
}

// migrateStep runs the next migration in one transaction with its
// user_version bump, so a crash leaves the file at the old or the new
// version, never in between. It re-reads the version inside the
// transaction because another Postwijs may have migrated meanwhile.
func migrateStep(db *sql.DB, path string) (done bool, err error) {
	tx, err := db.Begin()
	if err != nil {
		return false, fmt.Errorf("drafts: migrate %s: %w", path, err)
	}
	defer tx.Rollback() // no-op after Commit
	var v int
	if err := tx.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		return false, fmt.Errorf("drafts: read schema version of %s: %w", path, err)
	}
	if v > len(migrations) {
		return false, newerSchema(path, v)
	}
	if v == len(migrations) {
		return true, nil
	}
	if err := migrations[v](tx); err != nil {
		return false, fmt.Errorf("drafts: migrate %s to version %d: %w", path, v+1, err)
	}
	// PRAGMA takes no bound parameters; v+1 is an int we computed.
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
		return false, fmt.Errorf("drafts: set schema version of %s: %w", path, err)
	}
	return false, tx.Commit()
}

func newerSchema(path string, version int) error {
	return fmt.Errorf("%s has schema version %d, this Postwijs knows up to %d: %w",
		path, version, len(migrations), ErrNewerSchema)
}
