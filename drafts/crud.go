package drafts

import (
	"database/sql"
	"errors"
	"fmt"
)

// Title and Body are bound as Go strings, which the driver passes to SQLite
// with their byte length: NUL bytes and invalid UTF-8 are stored and read
// back unchanged (SQLite does not validate TEXT).

// Create stores a new draft and returns it with ID, Created and Updated set
// (UTC, now). Any ID or times in d are ignored.
func (s *Store) Create(d Draft) (Draft, error) {
	now := s.now()
	res, err := s.db.Exec(
		`INSERT INTO drafts (title, body, network, created, updated) VALUES (?, ?, ?, ?, ?)`,
		d.Title, d.Body, d.Network, formatTime(now), formatTime(now))
	if err != nil {
		return Draft{}, fmt.Errorf("drafts: create: %w", err)
	}
	if d.ID, err = res.LastInsertId(); err != nil {
		return Draft{}, fmt.Errorf("drafts: create: %w", err)
	}
	d.Created, d.Updated = now, now
	return d, nil
}

// Save updates title, body and network of draft d.ID and sets Updated. It
// returns the stored draft (with its original Created), or ErrNotFound.
func (s *Store) Save(d Draft) (Draft, error) {
	now := s.now()
	var created string
	err := s.db.QueryRow(
		`UPDATE drafts SET title = ?, body = ?, network = ?, updated = ? WHERE id = ? RETURNING created`,
		d.Title, d.Body, d.Network, formatTime(now), d.ID).Scan(&created)
	if err != nil {
		return Draft{}, notFound(d.ID, "save", err)
	}
	if d.Created, err = parseTime(created); err != nil {
		return Draft{}, err
	}
	d.Updated = now
	return d, nil
}

// Get returns draft id, or ErrNotFound.
func (s *Store) Get(id int64) (Draft, error) {
	row := s.db.QueryRow(`SELECT `+draftColumns+` FROM drafts WHERE id = ?`, id)
	d, err := scanDraft(row)
	if err != nil {
		return Draft{}, notFound(id, "get", err)
	}
	return d, nil
}

// Delete removes draft id, or returns ErrNotFound.
func (s *Store) Delete(id int64) error {
	res, err := s.db.Exec(`DELETE FROM drafts WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("drafts: delete %d: %w", id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("drafts: delete %d: %w", id, err)
	}
	if n == 0 {
		return fmt.Errorf("drafts: delete %d: %w", id, ErrNotFound)
	}
	return nil
}

// notFound turns sql.ErrNoRows into ErrNotFound and adds context to others.
func notFound(id int64, op string, err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	return fmt.Errorf("drafts: %s %d: %w", op, id, err)
}

// draftColumns is the column order scanDraft expects.
const draftColumns = `id, title, body, network, created, updated`

type scanner interface{ Scan(dest ...any) error }

func scanDraft(row scanner) (Draft, error) {
	var r rawDraft
	if err := row.Scan(&r.id, &r.title, &r.body, &r.network, &r.created, &r.updated); err != nil {
		return Draft{}, err
	}
	return r.draft()
}

// rawDraft is a row before its timestamps are parsed; List filters on it so
// rows that do not match are not parsed.
type rawDraft struct {
	id                   int64
	title, body, network string
	created, updated     string
}

func (r rawDraft) draft() (Draft, error) {
	created, err := parseTime(r.created)
	if err != nil {
		return Draft{}, err
	}
	updated, err := parseTime(r.updated)
	if err != nil {
		return Draft{}, err
	}
	return Draft{ID: r.id, Title: r.title, Body: r.body, Network: r.network,
		Created: created, Updated: updated}, nil
}
