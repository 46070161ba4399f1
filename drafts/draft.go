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

	// Status is StatusConcept, StatusKlaar or StatusGeplaatst; "" is
	// stored as StatusConcept.
	Status string
	// PostedAt and PostedOn say when and on which network a draft with
	// StatusGeplaatst went out. Save fills in now and the draft's network
	// when they are missing, and clears them for other statuses.
	PostedAt time.Time
	PostedOn string
	// Ignored holds the keys of findings the user chose to ignore in this
	// draft. The store keeps them as given and does not interpret them.
	Ignored []string
	// Lang overrides the language of the checks for this draft: "", "nl"
	// or "en". "" means detect it.
	Lang string
	// Deleted is when the draft went to the bin; zero when it is not there.
	// Save and Create ignore it: Delete and Undelete set it.
	Deleted time.Time
}

// The statuses of a draft, in the order a post goes through them.
const (
	StatusConcept   = "concept"
	StatusKlaar     = "klaar"
	StatusGeplaatst = "geplaatst"
)

// defaultNetwork is what a draft with Network "" is written for.
const defaultNetwork = "linkedin"

// Revision is an earlier text of a draft, as it was at Saved.
type Revision struct {
	ID, DraftID int64
	Title, Body string
	Saved       time.Time
}

// UserWord is a word the user added to the speller's dictionary.
type UserWord struct {
	Word  string
	Lang  string // "", "nl" or "en"; "" means every language
	Added time.Time
}

// ListFilter selects drafts for Find. Empty fields do not filter.
type ListFilter struct {
	Query   string // every word must occur in title or body, as a word prefix
	Status  string // StatusConcept, StatusKlaar or StatusGeplaatst
	Network string // "linkedin" also finds drafts with Network ""
	Deleted bool   // the bin instead of the drafts that are not in it
}

// ErrNotFound is returned for an id that is not in the store, for instance
// a draft another window has just removed for good.
var ErrNotFound = errors.New("drafts: draft not found")

// ErrNewerSchema is returned by Open for a database written by a newer
// Postwijs. The file is left untouched so the newer version can still use it.
var ErrNewerSchema = errors.New("drafts: database was written by a newer version of Postwijs")

// ErrLocked is returned by Open when another running Postwijs has the
// database open. Two windows saving the same draft would overwrite each
// other's words, so only one may write.
var ErrLocked = errors.New("drafts: database is in use by another Postwijs")

// ErrInvalid is returned for a status, language, word or file that the
// store cannot accept; the message says which.
var ErrInvalid = errors.New("drafts: invalid value")
