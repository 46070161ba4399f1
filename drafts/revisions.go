package drafts

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"
)

// The UI saves a second after the last keystroke, so one revision per
// save would bury the history in near-identical texts. The text a save
// replaces is kept when the last revision was made revisionAge ago or
// more, or when it differs from that revision, or from the text replacing
// it, by more than revisionSize characters. So a draft opened again after
// a day keeps its old text at the first save, and a long session keeps a
// text every two minutes.
const (
	revisionAge  = 2 * time.Minute
	revisionSize = 40
)

// keepRevision stores cur's text, which next is about to replace, as a
// revision if it is worth going back to. Measuring against the text that
// replaces it too means a big deletion ("select all", typing) always keeps
// what was there before, however recent the last revision.
func keepRevision(tx *sql.Tx, cur, next Draft, now time.Time) error {
	if sameText(cur, next) || emptyText(cur) {
		return nil
	}
	last, kept, err := latestRevision(tx, cur)
	if err != nil {
		return err
	}
	if last.Title == cur.Title && last.Body == cur.Body {
		return nil // already kept
	}
	if now.Sub(kept) < revisionAge &&
		changed(last.Title, last.Body, cur.Title, cur.Body) <= revisionSize &&
		changed(cur.Title, cur.Body, next.Title, next.Body) <= revisionSize {
		return nil
	}
	return insertRevision(tx, cur, now)
}

// latestRevision returns the newest revision of d and when it was made
// or, when it has none, the empty text it was created with: the first
// few words of a new draft are not worth a revision of their own.
func latestRevision(tx *sql.Tx, d Draft) (last Revision, kept time.Time, err error) {
	var saved, keptText string
	err = tx.QueryRow(`SELECT id, title, body, saved, kept FROM revisions
		WHERE draft_id = ? ORDER BY id DESC LIMIT 1`, d.ID).Scan(&last.ID, &last.Title, &last.Body, &saved, &keptText)
	if errors.Is(err, sql.ErrNoRows) {
		return Revision{DraftID: d.ID, Saved: d.Created}, d.Created, nil
	}
	if err != nil {
		return Revision{}, time.Time{}, err
	}
	last.DraftID = d.ID
	if last.Saved, err = parseTime(saved); err != nil {
		return Revision{}, time.Time{}, err
	}
	kept, err = parseTime(keptText)
	return last, kept, err
}

// insertRevision keeps d's text. Saved is when that text was saved, which
// is what the user remembers; kept is now, which paces the next revision.
func insertRevision(tx *sql.Tx, d Draft, now time.Time) error {
	_, err := tx.Exec(`INSERT INTO revisions (draft_id, title, body, saved, kept) VALUES (?, ?, ?, ?, ?)`,
		d.ID, d.Title, d.Body, formatTime(d.Updated), formatTime(now))
	return err
}

func sameText(a, b Draft) bool { return a.Title == b.Title && a.Body == b.Body }

func emptyText(d Draft) bool { return d.Title == "" && d.Body == "" }

// changed estimates how many characters an edit touched: the length of
// what lies between the common prefix and suffix, on the longer side. One
// edit in one place, the usual case, is measured exactly; it is linear in
// the length of the text.
func changed(titleA, bodyA, titleB, bodyB string) int {
	return diffSpan(titleA, titleB) + diffSpan(bodyA, bodyB)
}

func diffSpan(a, b string) int {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	return max(utf8.RuneCountInString(a[p:len(a)-s]), utf8.RuneCountInString(b[p:len(b)-s]))
}

// Revisions returns the earlier texts of draft id, newest first. The
// current text is the draft itself and is not among them. ErrNotFound for
// an unknown draft.
func (s *Store) Revisions(id int64) ([]Revision, error) {
	if _, err := getDraft(s.db, id); err != nil {
		return nil, notFound(id, "revisions of", err)
	}
	rows, err := s.db.Query(`SELECT id, draft_id, title, body, saved FROM revisions
		WHERE draft_id = ? ORDER BY id DESC`, id)
	if err != nil {
		return nil, fmt.Errorf("drafts: revisions of %d: %w", id, err)
	}
	defer rows.Close()
	var out []Revision
	for rows.Next() {
		r, err := scanRevision(rows)
		if err != nil {
			return nil, fmt.Errorf("drafts: revisions of %d: %w", id, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

func scanRevision(row scanner) (Revision, error) {
	var r Revision
	var saved string
	if err := row.Scan(&r.ID, &r.DraftID, &r.Title, &r.Body, &saved); err != nil {
		return Revision{}, err
	}
	var err error
	r.Saved, err = parseTime(saved)
	return r, err
}

// Restore puts the text of revision revisionID back into draft draftID and
// returns the draft. The text it replaces is kept as a revision first, so
// a restore can itself be undone. ErrNotFound when the revision does not
// belong to the draft.
func (s *Store) Restore(draftID, revisionID int64) (Draft, error) {
	var out Draft
	err := s.inTx(func(tx *sql.Tx) error {
		cur, err := getDraft(tx, draftID)
		if err != nil {
			return err
		}
		rev, err := scanRevision(tx.QueryRow(`SELECT id, draft_id, title, body, saved FROM revisions
			WHERE id = ? AND draft_id = ?`, revisionID, draftID))
		if err != nil {
			return err
		}
		out, err = restoreText(tx, cur, rev, s.now())
		return err
	})
	if err != nil {
		return Draft{}, notFound(draftID, fmt.Sprintf("restore revision %d of", revisionID), err)
	}
	return out, nil
}

func restoreText(tx *sql.Tx, cur Draft, rev Revision, now time.Time) (Draft, error) {
	last, _, err := latestRevision(tx, cur)
	if err != nil {
		return Draft{}, err
	}
	if !emptyText(cur) && !sameText(cur, Draft{Title: last.Title, Body: last.Body}) {
		if err := insertRevision(tx, cur, now); err != nil {
			return Draft{}, err
		}
	}
	next := cur
	next.Title, next.Body = rev.Title, rev.Body
	out, err := updateDraft(tx, next, now)
	if err != nil {
		return Draft{}, err
	}
	return out, indexDraft(tx, out.ID, out.Title, out.Body)
}
