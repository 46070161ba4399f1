package drafts

import (
	"errors"
	"time"
)

// Draft is one post a user is writing.
type Draft struct {
	ID      int64
	Title   string
	Body    string
	Network string // "x", "linkedin", "instagram", "facebook", "mastodon", "bluesky", "threads"; "" means the default, linkedin
	Created time.Time
	Updated time.Time
}

// ErrNotFound is returned by Get, Save and Delete for an id that is not in
// the store, for instance a draft another window has just deleted.
var ErrNotFound = errors.New("drafts: draft not found")

// ErrNewerSchema is returned by Open for a database written by a newer
// Postwijs. The file is left untouched so the newer version can still use it.
var ErrNewerSchema = errors.New("drafts: database was written by a newer version of Postwijs")
