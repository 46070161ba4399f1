package drafts

import (
	"database/sql"
	"errors"
	"fmt"
)

// The migrations after the first release, one feature each. Like
// createDrafts they are frozen once released: change the schema by
// appending a step to migrations.

// addStatus gives every draft a status, the posting details, the ignored
// findings (a JSON array, "" for none) and a language override. The
// CHECKs keep a typo in some future code from storing a status no list
// filter would ever show.
func addStatus(tx *sql.Tx) error {
	return execAll(tx,
		`ALTER TABLE drafts ADD COLUMN status TEXT NOT NULL DEFAULT 'concept'
			CHECK (status IN ('concept', 'klaar', 'geplaatst'))`,
		`ALTER TABLE drafts ADD COLUMN posted_at TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE drafts ADD COLUMN posted_on TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE drafts ADD COLUMN ignored TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE drafts ADD COLUMN lang TEXT NOT NULL DEFAULT '' CHECK (lang IN ('', 'nl', 'en'))`,
	)
}

// addBin adds the time a draft was moved to the bin (” while it is not).
// The index serves the list, which shows drafts outside the bin newest first.
func addBin(tx *sql.Tx) error {
	return execAll(tx,
		`ALTER TABLE drafts ADD COLUMN deleted TEXT NOT NULL DEFAULT ''`,
		`CREATE INDEX drafts_live ON drafts(deleted, updated)`,
	)
}

// addRevisions keeps earlier texts of drafts: saved is when the text was
// saved, kept when it became a revision (see keepRevision). AUTOINCREMENT,
// as for drafts, so that a revision id a window still shows is never reused.
func addRevisions(tx *sql.Tx) error {
	return execAll(tx,
		`CREATE TABLE revisions (
			id       INTEGER PRIMARY KEY AUTOINCREMENT,
			draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
			title    TEXT NOT NULL,
			body     TEXT NOT NULL,
			saved    TEXT NOT NULL,
			kept     TEXT NOT NULL
		)`,
		`CREATE INDEX revisions_draft ON revisions(draft_id, id)`,
	)
}

// addSearch creates the full-text index and fills it from the drafts that
// exist. It indexes text folded in Go (see fold), because unicode61 alone
// leaves "ß", "ĳ", "ł", "æ" and "œ" as they are and "ijsselmeer" would not
// find "Ĳsselmeer"; remove_diacritics 2 still folds what fold leaves, such
// as Vietnamese. It is contentless (content=”): the text is in drafts
// already. contentless_delete lets a save replace a draft's entry. The
// prefix indexes keep the short prefixes of search-as-you-type fast.
func addSearch(tx *sql.Tx) error {
	err := execAll(tx,
		`CREATE VIRTUAL TABLE drafts_fts USING fts5(
			title, body,
			content = '', contentless_delete = 1,
			tokenize = 'unicode61 remove_diacritics 2',
			prefix = '2 3'
		)`,
	)
	if err != nil {
		return err
	}
	return indexAll(tx)
}

// indexAll reads all drafts before writing, so no cursor is open on the
// table while the index is written.
func indexAll(tx *sql.Tx) error {
	type text struct {
		id          int64
		title, body string
	}
	rows, err := tx.Query(`SELECT id, title, body FROM drafts`)
	if err != nil {
		return err
	}
	var all []text
	for rows.Next() {
		var t text
		if err := rows.Scan(&t.id, &t.title, &t.body); err != nil {
			rows.Close()
			return err
		}
		all = append(all, t)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return err
	}
	for _, t := range all {
		if err := indexDraft(tx, t.id, t.title, t.body); err != nil {
			return fmt.Errorf("index draft %d: %w", t.id, err)
		}
	}
	return nil
}

// addUserWords is the speller's dictionary of words the user added.
func addUserWords(tx *sql.Tx) error {
	return execAll(tx,
		`CREATE TABLE user_words (
			word  TEXT PRIMARY KEY,
			lang  TEXT NOT NULL DEFAULT '',
			added TEXT NOT NULL
		)`,
	)
}
