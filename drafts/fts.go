package drafts

import (
	"database/sql"
	"strings"
	"unicode"
)

// execer is what both *sql.DB and *sql.Tx offer.
type execer interface {
	Exec(query string, args ...any) (sql.Result, error)
}

// indexDraft writes the search entry of draft id, replacing the old one.
// Every write of a title or body goes through here in the same
// transaction, so the index never disagrees with the drafts.
func indexDraft(tx execer, id int64, title, body string) error {
	_, err := tx.Exec(`INSERT OR REPLACE INTO drafts_fts (rowid, title, body) VALUES (?, ?, ?)`,
		id, fold(title), fold(body))
	return err
}

// matchQuery turns what the user typed into an FTS5 query in which every
// term must occur as a word prefix: "café lanc" finds "Cafe-lancering".
// Each term is quoted, so FTS5 syntax (AND, NEAR, *, ^, -) is plain text;
// inside the quotes FTS5 splits "d'été" or "covid-19" into a phrase, as it
// did the indexed text. Terms without a letter or digit ("#", "—") give
// FTS5 nothing to look for and are left out rather than matching nothing.
// It returns "" when no term is left.
func matchQuery(query string) string {
	var parts []string
	for _, term := range strings.Fields(fold(query)) {
		if !strings.ContainsFunc(term, isWordRune) {
			continue
		}
		term = strings.ReplaceAll(term, "\x00", " ")
		parts = append(parts, `"`+strings.ReplaceAll(term, `"`, `""`)+`"*`)
	}
	return strings.Join(parts, " ")
}

// isWordRune approximates what unicode61 keeps in a token: letters and
// digits of any script.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }
