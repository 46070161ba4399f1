// Package drafts stores the posts a Postwijs user is writing, in a single
// SQLite database file. It has no UI code; the Fyne windows call it.
//
// # Building
//
// Search uses SQLite's FTS5, which github.com/mattn/go-sqlite3 compiles
// in only with the build tag sqlite_fts5: build and test with
// -tags sqlite_fts5 (-tags ci,sqlite_fts5 for the UI tests). Without the
// tag the package does not compile (fts5_tag.go), rather than building a
// Postwijs that cannot open its database.
//
// # Where the data lives
//
// DataDir picks the directory: the --data flag, else $POSTWIJS_DATA, else
// the platform's per-user data folder ($XDG_DATA_HOME/postwijs or
// ~/.local/share/postwijs on Linux/BSD, %AppData%\Postwijs on Windows,
// ~/Library/Application Support/Postwijs on macOS). Open keeps the database
// in that directory as postwijs.db (plus SQLite's postwijs.db-wal and
// postwijs.db-shm while it is open) and takes an exclusive lock on
// postwijs.lock next to it (flock on Unix, LockFileEx on Windows) for as
// long as the Store is open; a second Postwijs gets ErrLocked and changes
// nothing. The operating system drops the lock when a process dies, so a
// crash never leaves a stale lock behind. OpenReadOnly reads alongside a
// running Postwijs without the lock. The directory is created 0700 and
// the files 0600, since drafts are private; existing ones keep their
// permissions. Nothing in this package uses the network.
//
// # Connection settings and durability
//
// The file is in WAL journal mode (readers do not wait for a save), with
// foreign keys on and a 5 s busy timeout on every connection, and write
// transactions start with BEGIN IMMEDIATE. Every method that writes does
// so in one transaction. A committed save is in the WAL file before Save
// returns, so killing the process (kill -9) at any moment loses no
// returned save and leaves a file that opens; crash_test.go checks this.
// SQLite's synchronous=NORMAL (the driver's default) means a power cut
// can lose the last save or so, never corrupt the file.
//
// # Schema and migrations
//
// The schema version is PRAGMA user_version. migrations (migrate.go) is a
// slice whose entry i upgrades version i to i+1; Open runs each missing
// step in its own transaction together with the user_version bump:
//
//	1 drafts(id AUTOINCREMENT, title, body, network, created, updated)
//	2 + status (concept|klaar|geplaatst), posted_at, posted_on, ignored (JSON), lang
//	3 + deleted (the bin)
//	4 revisions(id, draft_id → drafts ON DELETE CASCADE, title, body, saved, kept)
//	5 drafts_fts: FTS5 index of title and body
//	6 user_words(word PRIMARY KEY, lang, added)
//
// To change the schema, append a step; never edit a released one. A file
// whose user_version is above the newest step came from a newer Postwijs:
// Open returns ErrNewerSchema and does not write to it (the check uses a
// read-only connection, before migrations and before switching to WAL).
//
// Times are stored as text, RFC 3339 in UTC with a fixed nine-digit
// fraction so that text order is time order; unset optional times are the empty string.
// A Store never hands out the same time twice, so quick successive saves
// list in the right order; ID breaks remaining ties. Title and body are
// TEXT bound with their length, so NUL bytes and invalid UTF-8 round-trip
// unchanged.
//
// # Search
//
// drafts_fts is a contentless FTS5 table (the text is in drafts already)
// with the unicode61 tokenizer, remove_diacritics 2 and prefix indexes of
// 2 and 3 characters. It indexes title and body folded in Go (see fold),
// because unicode61 leaves "ß", "ĳ", "ł", "æ" and "œ" alone; every write
// of a text updates it in the same transaction. A query is folded the
// same way and each term becomes a quoted prefix ("lanc" finds
// "lancering"); all terms must match; results are ranked by bm25 with the
// title weighing four times the body, then newest first.
//
// # History and the bin
//
// Save keeps the text it replaces as a revision when the last revision
// was made two minutes ago or more, or when that text is more than about
// 40 characters away from the last revision or from the new text
// (revisions.go): a revision every two minutes of typing, the old text of
// a draft taken up again, and always what was there before a big deletion.
// Restore keeps the current text first. Delete moves a draft to the bin (Draft.Deleted);
// only EmptyBin removes drafts, with their revisions, for good.
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
// from the individual calls; Backup and the exports are the way out.
package drafts
