package drafts

import (
	"cmp"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// List returns the drafts outside the bin. An empty query lists them
// newest-updated first. Otherwise every whitespace-separated term of the
// query must occur, as the start of a word, in the title or the body,
// ignoring case and accents ("cafe" finds "Café", "lanc" finds
// "lancering"), and the best matches come first. It is Find with just
// the query.
func (s *Store) List(query string) ([]Draft, error) {
	return s.Find(ListFilter{Query: query})
}

// Find returns the drafts that pass every filter in f, ranked as List
// ranks them. With f.Deleted it searches the bin instead, most recently
// deleted first when there is no query.
func (s *Store) Find(f ListFilter) ([]Draft, error) {
	query, args, err := f.sql()
	if err != nil {
		return nil, fmt.Errorf("drafts: list: %w", err)
	}
	rows, err := s.db.Query(query, args...)
	if err != nil {
		return nil, fmt.Errorf("drafts: list: %w", err)
	}
	defer rows.Close()
	ranked := f.ranked()
	var out []Draft
	var scores []float64
	for rows.Next() {
		d, score, err := scanListed(rows, ranked)
		if err != nil {
			return nil, fmt.Errorf("drafts: list: %w", err)
		}
		out = append(out, d)
		if ranked {
			scores = append(scores, score)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("drafts: list: %w", err)
	}
	if ranked {
		out = rank(out, scores)
	}
	return out, nil
}

// scanListed reads a row of the query sql builds: a draft and, for a
// search, its bm25 score.
func scanListed(rows *sql.Rows, ranked bool) (Draft, float64, error) {
	var r rawDraft
	var score float64
	dest := r.fields()
	if ranked {
		dest = append(dest, &score)
	}
	if err := rows.Scan(dest...); err != nil {
		return Draft{}, 0, err
	}
	d, err := r.draft()
	return d, score, err
}

// rank orders search results in Go rather than with ORDER BY: SQLite's
// sorter would copy every matching row, bodies and all, which for a word
// in nearly every draft cost more than the search itself. bm25 scores
// are lower for better matches; ties go newest first.
func rank(ds []Draft, scores []float64) []Draft {
	order := make([]int, len(ds))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := cmp.Compare(scores[a], scores[b]); c != 0 {
			return c
		}
		if c := ds[b].Updated.Compare(ds[a].Updated); c != 0 {
			return c
		}
		return cmp.Compare(ds[b].ID, ds[a].ID)
	})
	out := make([]Draft, len(ds))
	for i, j := range order {
		out[i] = ds[j]
	}
	return out
}

// titleWeight makes a term in the title count as much as four in the
// body: a title says what a draft is about.
const titleWeight, bodyWeight = "4.0", "1.0"

func (f ListFilter) ranked() bool { return matchQuery(f.Query) != "" }

// sql builds the query for f. Without a query the index on (deleted,
// updated) gives the order: newest first, the id breaking ties between
// equal timestamps. With one, the rows come unordered with their bm25
// score (see rank).
// searchLimit is how many of the best matches a search returns; more than
// anyone scrolls through, few enough to stay fast with any query.
const searchLimit = 500

func (f ListFilter) sql() (string, []any, error) {
	where, args, err := f.conditions()
	if err != nil {
		return "", nil, err
	}
	match := matchQuery(f.Query)
	if match == "" {
		newest := "updated DESC, id DESC"
		if f.Deleted {
			newest = "deleted DESC, id DESC"
		}
		return `SELECT ` + draftColumns + ` FROM drafts WHERE ` + where + ` ORDER BY ` + newest, args, nil
	}
	// The index ranks the hits that pass the filters and keeps the best
	// searchLimit before a whole draft is read: a query found in nearly
	// every draft ("de") would otherwise read all of them.
	return `SELECT ` + draftColumns + `, score FROM drafts JOIN (
			SELECT drafts_fts.rowid AS hit, bm25(drafts_fts, ` + titleWeight + `, ` + bodyWeight + `) AS score
			FROM drafts_fts JOIN drafts AS f ON f.id = drafts_fts.rowid
			WHERE drafts_fts MATCH ? AND ` + where + `
			ORDER BY score LIMIT ` + strconv.Itoa(searchLimit) + `
		) ON hit = id`,
		append([]any{match}, args...), nil
}

func (f ListFilter) conditions() (string, []any, error) {
	conds := []string{"deleted = ''"}
	if f.Deleted {
		conds[0] = "deleted <> ''"
	}
	var args []any
	if f.Status != "" {
		if err := checkStatus(f.Status); err != nil {
			return "", nil, err
		}
		conds, args = append(conds, "status = ?"), append(args, f.Status)
	}
	switch f.Network {
	case "":
	case defaultNetwork:
		conds, args = append(conds, "network IN ('', ?)"), append(args, f.Network)
	default:
		conds, args = append(conds, "network = ?"), append(args, f.Network)
	}
	return strings.Join(conds, " AND "), args, nil
}
