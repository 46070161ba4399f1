package drafts

import (
	"fmt"
	"strings"
)

// List returns drafts newest-updated first. A non-empty query keeps drafts whose title or body
// contains every whitespace-separated term of the query, case-insensitively (also for non-ASCII:
// "É" matches "é") and ignoring accents ("cafe" finds "café").
//
// Each term may be in either the title or the body. Matching runs in Go
// over all rows (see fold); ID breaks ties between equal timestamps.
func (s *Store) List(query string) ([]Draft, error) {
	terms := strings.Fields(fold(query))
	rows, err := s.db.Query(`SELECT ` + draftColumns + ` FROM drafts ORDER BY updated DESC, id DESC`)
	if err != nil {
		return nil, fmt.Errorf("drafts: list: %w", err)
	}
	defer rows.Close()
	var out []Draft
	for rows.Next() {
		var r rawDraft
		if err := rows.Scan(&r.id, &r.title, &r.body, &r.network, &r.created, &r.updated); err != nil {
			return nil, fmt.Errorf("drafts: list: %w", err)
		}
		if !matches(r.title, r.body, terms) {
			continue
		}
		d, err := r.draft()
		if err != nil {
			return nil, fmt.Errorf("drafts: list: draft %d: %w", r.id, err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("drafts: list: %w", err)
	}
	return out, nil
}

// matches reports whether every folded term occurs in title or body. The
// body is only folded when the title alone does not settle it.
func matches(title, body string, terms []string) bool {
	if len(terms) == 0 {
		return true
	}
	t := fold(title)
	var b string
	folded := false
	for _, term := range terms {
		if strings.Contains(t, term) {
			continue
		}
		if !folded {
			b, folded = fold(body), true
		}
		if !strings.Contains(b, term) {
			return false
		}
	}
	return true
}
