package drafts

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// JSONDraft is a draft as `postwijs drafts` prints and exports it, and as
// Import reads it back. Times are RFC 3339 in UTC. Network is never "":
// a draft for the default network says "linkedin".
type JSONDraft struct {
	ID       int64    `json:"id"`
	Title    string   `json:"title"`
	Body     string   `json:"body"`
	Network  string   `json:"network"`
	Status   string   `json:"status"`
	Created  string   `json:"created"`
	Updated  string   `json:"updated"`
	PostedAt string   `json:"posted_at,omitempty"`
	PostedOn string   `json:"posted_on,omitempty"`
	Lang     string   `json:"lang,omitempty"`
	Ignored  []string `json:"ignored,omitempty"`
	Deleted  string   `json:"deleted,omitempty"`
}

// ToJSON converts d for printing or export. A draft from the store always
// has both times; one built by hand without them gets "" for them, so an
// import gives it the current time rather than the year 1.
func ToJSON(d Draft) JSONDraft {
	return JSONDraft{ID: d.ID, Title: d.Title, Body: d.Body, Network: effectiveNetwork(d.Network),
		Status: d.Status, Created: formatOptionalTime(d.Created), Updated: formatOptionalTime(d.Updated),
		PostedAt: formatOptionalTime(d.PostedAt), PostedOn: d.PostedOn, Lang: d.Lang,
		Ignored: d.Ignored, Deleted: formatOptionalTime(d.Deleted)}
}

// Draft converts j back. Missing times stay zero (Import fills them in);
// times that are there must be RFC 3339.
func (j JSONDraft) Draft() (Draft, error) {
	d := Draft{ID: j.ID, Title: j.Title, Body: j.Body, Network: j.Network, Status: j.Status,
		PostedOn: j.PostedOn, Lang: j.Lang, Ignored: j.Ignored}
	for _, f := range []struct {
		name string
		text string
		dst  *time.Time
	}{
		{"created", j.Created, &d.Created}, {"updated", j.Updated, &d.Updated},
		{"posted_at", j.PostedAt, &d.PostedAt}, {"deleted", j.Deleted, &d.Deleted},
	} {
		t, err := parseOptionalTime(f.text)
		if err != nil {
			return Draft{}, fmt.Errorf("%s: %w", f.name, err)
		}
		*f.dst = t
	}
	return d, nil
}

// jsonFile is the shape of `drafts list --format json` and of an export.
type jsonFile struct {
	Drafts []JSONDraft `json:"drafts"`
}

// WriteJSON writes {"drafts": [...]}, indented, to w.
func WriteJSON(w io.Writer, ds []Draft) error {
	f := jsonFile{Drafts: make([]JSONDraft, len(ds))}
	for i, d := range ds {
		f.Drafts[i] = ToJSON(d)
	}
	return EncodeJSON(w, f)
}

// EncodeJSON writes v indented, without escaping "<", ">" and "&", which
// are common in posts and would make the file harder to read.
func EncodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// ReadJSON reads what WriteJSON writes, and also a bare array of drafts
// or a single draft (the output of `drafts show --format json`).
func ReadJSON(r io.Reader) ([]Draft, error) {
	var raw json.RawMessage
	dec := json.NewDecoder(r)
	if err := dec.Decode(&raw); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("more than one JSON value")
	}
	list, err := jsonDrafts(raw)
	if err != nil {
		return nil, err
	}
	out := make([]Draft, len(list))
	for i, j := range list {
		if out[i], err = j.Draft(); err != nil {
			return nil, fmt.Errorf("draft %d: %w", i+1, err)
		}
	}
	return out, nil
}

func jsonDrafts(raw json.RawMessage) ([]JSONDraft, error) {
	trimmed := bytes.TrimSpace(raw)
	if bytes.HasPrefix(trimmed, []byte("[")) {
		return unmarshalList(raw)
	}
	if !bytes.HasPrefix(trimmed, []byte("{")) {
		return nil, fmt.Errorf("want an object or an array of drafts")
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(raw, &keys); err != nil {
		return nil, err
	}
	if list, ok := keys["drafts"]; ok {
		return unmarshalList(list)
	}
	var one JSONDraft
	if err := json.Unmarshal(raw, &one); err != nil {
		return nil, err
	}
	return []JSONDraft{one}, nil
}

func unmarshalList(raw json.RawMessage) ([]JSONDraft, error) {
	var list []JSONDraft
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, err
	}
	return list, nil
}
