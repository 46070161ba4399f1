package drafts

import (
	"database/sql"
	"fmt"
)

// Delete moves draft id to the bin: it leaves List and Find but keeps its
// text and history until EmptyBin. Deleting a draft already in the bin
// keeps its first deletion time. ErrNotFound for an unknown id.
func (s *Store) Delete(id int64) error {
	return s.setDeleted(id, "delete",
		`UPDATE drafts SET deleted = CASE deleted WHEN '' THEN ? ELSE deleted END WHERE id = ?`,
		formatTime(s.now()), id)
}

// Undelete takes draft id out of the bin. ErrNotFound for an unknown id.
func (s *Store) Undelete(id int64) error {
	return s.setDeleted(id, "undelete", `UPDATE drafts SET deleted = '' WHERE id = ?`, id)
}

func (s *Store) setDeleted(id int64, op, query string, args ...any) error {
	res, err := s.db.Exec(query, args...)
	if err != nil {
		return fmt.Errorf("drafts: %s %d: %w", op, id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("drafts: %s %d: %w", op, id, err)
	}
	if n == 0 {
		return fmt.Errorf("drafts: %s %d: %w", op, id, ErrNotFound)
	}
	return nil
}

// EmptyBin removes the drafts in the bin for good, with their history and
// search entries, and returns how many it removed.
func (s *Store) EmptyBin() (int, error) {
	var n int64
	err := s.inTx(func(tx *sql.Tx) error {
		_, err := tx.Exec(`DELETE FROM drafts_fts WHERE rowid IN (SELECT id FROM drafts WHERE deleted <> '')`)
		if err != nil {
			return err
		}
		// Revisions go by ON DELETE CASCADE (foreign_keys is on for
		// every connection, see readWriteParams).
		res, err := tx.Exec(`DELETE FROM drafts WHERE deleted <> ''`)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("drafts: empty bin: %w", err)
	}
	return int(n), nil
}
