package drafts

import (
	"crypto/sha256"
	"database/sql"
	"fmt"
	"time"
)

// Import adds ds as new drafts in one transaction: all of them or, on any
// error, none. Each keeps its times, status and the rest, but gets a new
// id. A draft that is already in the store (same created time, title and
// body, as after importing the same export twice) is skipped; added and
// skipped count both kinds.
func (s *Store) Import(ds []Draft) (added, skipped int, err error) {
	err = s.inTx(func(tx *sql.Tx) error {
		seen, err := existingDrafts(tx)
		if err != nil {
			return err
		}
		now := s.now()
		for i, d := range ds {
			key := importKey(d)
			if !d.Created.IsZero() && seen[key] {
				skipped++
				continue
			}
			if _, err := insertWithTimes(tx, importTimes(d, now)); err != nil {
				return fmt.Errorf("draft %d (%q): %w", i+1, d.Title, err)
			}
			seen[key] = true
			added++
		}
		return nil
	})
	if err != nil {
		return 0, 0, fmt.Errorf("drafts: import: %w", err)
	}
	return added, skipped, nil
}

// importTimes fills in the times a hand-written file may leave out.
func importTimes(d Draft, now time.Time) Draft {
	if d.Created.IsZero() {
		d.Created = now
	}
	if d.Updated.IsZero() {
		d.Updated = d.Created
	}
	return d
}

// dupKey identifies a draft by content, hashed so that the set of a large
// store stays small.
type dupKey struct {
	created string
	text    [sha256.Size]byte
}

func importKey(d Draft) dupKey {
	h := sha256.New()
	fmt.Fprintf(h, "%d:%s%s", len(d.Title), d.Title, d.Body)
	k := dupKey{created: formatTime(d.Created)}
	h.Sum(k.text[:0])
	return k
}

func existingDrafts(tx *sql.Tx) (map[dupKey]bool, error) {
	rows, err := tx.Query(`SELECT title, body, created FROM drafts`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	seen := map[dupKey]bool{}
	for rows.Next() {
		var d Draft
		var created string
		if err := rows.Scan(&d.Title, &d.Body, &created); err != nil {
			return nil, err
		}
		if d.Created, err = parseTime(created); err != nil {
			return nil, err
		}
		seen[importKey(d)] = true
	}
	return seen, rows.Err()
}
