//go:build !sqlite_fts5 && !fts5

package drafts

// Search needs SQLite's FTS5 module, which github.com/mattn/go-sqlite3
// compiles in only with the build tag sqlite_fts5. Without it every Open
// would fail at run time with "no such module: fts5", so the build fails
// here instead: build and test with -tags sqlite_fts5 (with the UI tests:
// -tags ci,sqlite_fts5).
var _ = buildWithTag_sqlite_fts5
