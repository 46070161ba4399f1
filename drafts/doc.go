// Package drafts stores the posts a Postwijs user is writing, in a single
// SQLite database file. It has no UI code; the Fyne windows call it.
//
// # Where the data lives
//
// DataDir picks the directory: the --data flag, else $POSTWIJS_DATA, else
// the platform's per-user data folder ($XDG_DATA_HOME/postwijs or
// ~/.local/share/postwijs on Linux/BSD, %AppData%\Postwijs on Windows,
// ~/Library/Application Support/Postwijs on macOS). Open keeps the database
// in that directory as postwijs.db (plus SQLite's postwijs.db-wal and
// postwijs.db-shm while it is open). The directory is created 0700 and the
// file 0600, since drafts are private; existing ones keep their permissions.
//
// # Connection settings
//
// The file is in WAL journal mode (readers do not wait for a save), with
// foreign keys on and a 5 s busy timeout on every connection, and write
// transactions start with BEGIN IMMEDIATE. SQLite's synchronous=NORMAL (the
// driver's default) means a power cut can lose the last save or so, never
// corrupt the file.
//
// # Schema and migrations
//
// Version 1 is one table:
//
//	drafts(id INTEGER PRIMARY KEY AUTOINCREMENT, title, body, network, created, updated)
//	index drafts_updated on updated
//
// The schema version is PRAGMA user_version. migrations (migrate.go) is a
// slice whose entry i upgrades version i to i+1; Open runs each missing
// step in its own transaction together with the user_version bump. To
// change the schema (revisions, status, full-text search), append a step;
// never edit a released one. A file whose user_version is above the
// newest step came from a newer Postwijs: Open returns ErrNewerSchema
// and does not write to it (the check uses a read-only connection, before
// migrations and before switching to WAL).
//
// Times are stored as text, RFC 3339 in UTC with a fixed nine-digit
// fraction so that text order is time order. A Store never hands out the
// same Updated twice, so quick successive saves list in the right order;
// ID breaks remaining ties. Title and body are TEXT bound with their
// length, so NUL bytes and invalid UTF-8 round-trip unchanged.
//
// # Damaged files
//
// If SQLite reports the file is not a database or is corrupt while Open
// reads its header and schema, Open renames it (with its -wal and -shm) to
// postwijs.db.damaged-YYYYMMDD-HHMMSS, never deleting it, and starts an
// empty database; Store.Recovered names the moved file so the UI can tell
// the user. Errors about access (permissions, locks, disk full) are
// returned as errors and never move the file. Damage deeper in the file,
// which SQLite only meets when reading those pages, surfaces as errors
// from the individual calls.
//
// # Search
//
// List filters in Go: it reads every row, newest first, and keeps those
// where each query term occurs in the title or the body after both are
// folded (lower-cased, accents removed). golang.org/x/text is not in the
// module's go.sum, so folding uses unicode.ToLower plus a hand-written
// table for Latin-1 Supplement and Latin Extended-A letters, and drops
// combining accents; see fold. This is fast enough for a few thousand
// drafts; a later migration can add an FTS index for more.
package drafts
