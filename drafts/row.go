package drafts

import (
	"encoding/json"
	"fmt"
	"time"
)

// draftColumns is the column order scanDraft expects.
const draftColumns = `id, title, body, network, created, updated,
	status, posted_at, posted_on, ignored, lang, deleted`

type scanner interface{ Scan(dest ...any) error }

// rawDraft is a row as stored: times are text, Ignored is JSON.
type rawDraft struct {
	id                         int64
	title, body, network       string
	created, updated           string
	status, postedAt, postedOn string
	ignored, lang, deleted     string
}

func scanDraft(row scanner) (Draft, error) {
	var r rawDraft
	if err := row.Scan(r.fields()...); err != nil {
		return Draft{}, err
	}
	return r.draft()
}

// fields are the scan destinations in the order of draftColumns.
func (r *rawDraft) fields() []any {
	return []any{&r.id, &r.title, &r.body, &r.network, &r.created, &r.updated,
		&r.status, &r.postedAt, &r.postedOn, &r.ignored, &r.lang, &r.deleted}
}

func (r rawDraft) draft() (Draft, error) {
	d := Draft{ID: r.id, Title: r.title, Body: r.body, Network: r.network,
		Status: r.status, PostedOn: r.postedOn, Lang: r.lang}
	var err error
	if d.Created, err = parseTime(r.created); err != nil {
		return Draft{}, err
	}
	if d.Updated, err = parseTime(r.updated); err != nil {
		return Draft{}, err
	}
	if d.PostedAt, err = parseOptionalTime(r.postedAt); err != nil {
		return Draft{}, err
	}
	if d.Deleted, err = parseOptionalTime(r.deleted); err != nil {
		return Draft{}, err
	}
	if d.Ignored, err = parseIgnored(r.ignored); err != nil {
		return Draft{}, fmt.Errorf("drafts: draft %d: ignored findings: %w", r.id, err)
	}
	return d, nil
}

// Optional times are stored as ” when unset, so that the columns can be
// NOT NULL and compared as text like the others.
func parseOptionalTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return parseTime(s)
}

func formatOptionalTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return formatTime(t)
}

// Most drafts ignore nothing; ” skips the JSON decoder for them, which
// matters when the list reads thousands of rows.
func parseIgnored(s string) ([]string, error) {
	if s == "" {
		return nil, nil
	}
	var keys []string
	err := json.Unmarshal([]byte(s), &keys)
	return keys, err
}

func formatIgnored(keys []string) (string, error) {
	if len(keys) == 0 {
		return "", nil
	}
	b, err := json.Marshal(keys)
	return string(b), err
}
