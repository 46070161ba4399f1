package drafts

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Title and Body are bound as Go strings, which the driver passes to SQLite
// with their byte length: NUL bytes and invalid UTF-8 are stored and read
// back unchanged (SQLite does not validate TEXT).

// Create stores a new draft and returns it as stored, with ID, Created and
// Updated set (UTC, now). Any ID, times or Deleted in d are ignored.
func (s *Store) Create(d Draft) (Draft, error) {
	var out Draft
	err := s.inTx(func(tx *sql.Tx) (err error) {
		out, err = insertDraft(tx, d, s.now())
		return err
	})
	if err != nil {
		return Draft{}, fmt.Errorf("drafts: create: %w", err)
	}
	return out, nil
}

// insertDraft adds d with both times set to now, indexed for search.
func insertDraft(tx *sql.Tx, d Draft, now time.Time) (Draft, error) {
	d.Created, d.Updated, d.Deleted = now, now, time.Time{}
	return insertWithTimes(tx, d)
}

// insertWithTimes adds d keeping its Created, Updated and Deleted, which
// import needs; Create goes through insertDraft.
func insertWithTimes(tx *sql.Tx, d Draft) (Draft, error) {
	if err := normalize(&d, Draft{}, d.Updated); err != nil {
		return Draft{}, err
	}
	ignored, err := formatIgnored(d.Ignored)
	if err != nil {
		return Draft{}, err
	}
	out, err := scanDraft(tx.QueryRow(
		`INSERT INTO drafts (title, body, network, created, updated,
			status, posted_at, posted_on, ignored, lang, deleted)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING `+draftColumns,
		d.Title, d.Body, d.Network, formatTime(d.Created), formatTime(d.Updated),
		d.Status, formatOptionalTime(d.PostedAt), d.PostedOn, ignored, d.Lang,
		formatOptionalTime(d.Deleted)))
	if err != nil {
		return Draft{}, err
	}
	return out, indexDraft(tx, out.ID, out.Title, out.Body)
}

// Save updates the draft d.ID with everything in d except its times and
// Deleted, sets Updated, and returns the draft as stored. It keeps the text
// it replaces as a revision when that is worth going back to (see
// keepRevision). A draft in the bin can still be saved: a window that has
// it open must not lose what was typed. ErrNotFound once the bin is emptied.
func (s *Store) Save(d Draft) (Draft, error) {
	var out Draft
	err := s.inTx(func(tx *sql.Tx) error {
		cur, err := getDraft(tx, d.ID)
		if err != nil {
			return err
		}
		now := s.now()
		if err := normalize(&d, cur, now); err != nil {
			return err
		}
		if err := keepRevision(tx, cur, d, now); err != nil {
			return err
		}
		out, err = updateDraft(tx, d, now)
		if err != nil || sameText(cur, out) {
			return err
		}
		return indexDraft(tx, out.ID, out.Title, out.Body)
	})
	if err != nil {
		return Draft{}, notFound(d.ID, "save", err)
	}
	return out, nil
}

func updateDraft(tx *sql.Tx, d Draft, now time.Time) (Draft, error) {
	ignored, err := formatIgnored(d.Ignored)
	if err != nil {
		return Draft{}, err
	}
	return scanDraft(tx.QueryRow(
		`UPDATE drafts SET title = ?, body = ?, network = ?, status = ?, posted_at = ?,
			posted_on = ?, ignored = ?, lang = ?, updated = ?
		WHERE id = ? RETURNING `+draftColumns,
		d.Title, d.Body, d.Network, d.Status, formatOptionalTime(d.PostedAt),
		d.PostedOn, ignored, d.Lang, formatTime(now), d.ID))
}

// normalize checks d's status and language and completes the posting
// details, which belong to StatusGeplaatst only. cur is the stored draft
// (zero for a new one): a caller that does not know the posting details
// does not wipe them.
func normalize(d *Draft, cur Draft, now time.Time) error {
	if d.Status == "" {
		d.Status = StatusConcept
	}
	if err := checkStatus(d.Status); err != nil {
		return err
	}
	if err := checkLang(d.Lang); err != nil {
		return err
	}
	if d.Status != StatusGeplaatst {
		d.PostedAt, d.PostedOn = time.Time{}, ""
		return nil
	}
	if d.PostedAt.IsZero() {
		d.PostedAt = cur.PostedAt
	}
	if d.PostedAt.IsZero() {
		d.PostedAt = now
	}
	if d.PostedOn == "" {
		d.PostedOn = cur.PostedOn
	}
	if d.PostedOn == "" {
		d.PostedOn = effectiveNetwork(d.Network)
	}
	return nil
}

func checkStatus(status string) error {
	switch status {
	case StatusConcept, StatusKlaar, StatusGeplaatst:
		return nil
	}
	return fmt.Errorf("status %q (want %s, %s or %s): %w",
		status, StatusConcept, StatusKlaar, StatusGeplaatst, ErrInvalid)
}

func checkLang(lang string) error {
	switch lang {
	case "", "nl", "en":
		return nil
	}
	return fmt.Errorf("language %q (want nl, en or none): %w", lang, ErrInvalid)
}

func effectiveNetwork(n string) string {
	if n == "" {
		return defaultNetwork
	}
	return n
}

// Get returns draft id, also when it is in the bin (see Draft.Deleted),
// or ErrNotFound.
func (s *Store) Get(id int64) (Draft, error) {
	d, err := getDraft(s.db, id)
	if err != nil {
		return Draft{}, notFound(id, "get", err)
	}
	return d, nil
}

type queryer interface {
	QueryRow(query string, args ...any) *sql.Row
}

func getDraft(q queryer, id int64) (Draft, error) {
	return scanDraft(q.QueryRow(`SELECT `+draftColumns+` FROM drafts WHERE id = ?`, id))
}

// Duplicate copies draft id as a new concept for network ("" keeps the
// original's network). The title gets " (kopie)" so the two can be told
// apart in the list; the history stays with the original.
func (s *Store) Duplicate(id int64, network string) (Draft, error) {
	var out Draft
	err := s.inTx(func(tx *sql.Tx) error {
		src, err := getDraft(tx, id)
		if err != nil {
			return err
		}
		out, err = insertDraft(tx, duplicateOf(src, network), s.now())
		return err
	})
	if err != nil {
		return Draft{}, notFound(id, "duplicate", err)
	}
	return out, nil
}

func duplicateOf(src Draft, network string) Draft {
	d := Draft{Title: src.Title, Body: src.Body, Network: network,
		Ignored: src.Ignored, Lang: src.Lang}
	if d.Title != "" {
		d.Title += " (kopie)"
	}
	if d.Network == "" {
		d.Network = src.Network
	}
	return d
}

// inTx runs fn in one transaction (BEGIN IMMEDIATE, see readWriteParams)
// and commits only if fn succeeds, so a failure or a crash half-way leaves
// nothing behind.
func (s *Store) inTx(fn func(*sql.Tx) error) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// notFound turns sql.ErrNoRows into ErrNotFound and adds context to others.
func notFound(id int64, op string, err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	return fmt.Errorf("drafts: %s %d: %w", op, id, err)
}
