package drafts

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
)

// A file from the first release keeps every draft, byte for byte, and
// gains everything later versions added.
func TestVersion1ToNewestKeepsData(t *testing.T) {
	dir := t.TempDir()
	writeVersion1(t, dir)
	s := openStore(t, dir)
	integrityCheck(t, s.db)
	if v := userVersion(t, s.db); v != len(migrations) {
		t.Fatalf("user_version = %d, want %d", v, len(migrations))
	}
	list, _ := s.List("")
	if !slices.Equal(titles(list), []string{"Nieuwer", "Oud"}) ||
		formatTime(list[0].Updated) != "2024-06-01T12:30:00.123456789Z" {
		t.Errorf("List after migration = %+v", list)
	}
	old := mustGet(t, s, 1)
	if old.Title != "Oud" || old.Body != "Eerste versie" || old.Network != "linkedin" ||
		formatTime(old.Created) != "2024-05-01T09:00:00.000000000Z" ||
		old.Status != StatusConcept || !old.Deleted.IsZero() || old.Ignored != nil || old.Lang != "" {
		t.Errorf("draft 1 after migration: %+v", old)
	}
	// The search index was filled from the drafts already there.
	for query, want := range map[string][]string{"eerste": {"Oud"}, "tweed": {"Nieuwer"}, "ouD": {"Oud"}} {
		if got := titles(mustFind(t, s, ListFilter{Query: query})); !slices.Equal(got, want) {
			t.Errorf("search %q = %q, want %q", query, got, want)
		}
	}
	if got := titles(mustFind(t, s, ListFilter{Status: StatusConcept, Network: "linkedin"})); !slices.Equal(got, []string{"Nieuwer", "Oud"}) {
		t.Errorf("filter on migrated drafts = %q", got)
	}
	if revs := mustRevisions(t, s, 1); len(revs) != 0 {
		t.Errorf("migrated draft has revisions %+v", revs)
	}
	// The first save after the upgrade keeps the old text: it is long ago.
	old.Body = "Nieuwe tekst"
	mustSave(t, s, old)
	if revs := mustRevisions(t, s, 1); len(revs) != 1 || revs[0].Body != "Eerste versie" {
		t.Errorf("revisions after the first save = %+v", revs)
	}
	if d := mustCreate(t, s, Draft{Title: "new"}); d.ID <= 2 {
		t.Errorf("new draft got id %d, colliding with existing ids", d.ID)
	}
	if err := s.AddWord("Postwijs", "nl"); err != nil {
		t.Errorf("dictionary after migration: %v", err)
	}
}

// Every version a user's file can be at opens with its drafts findable.
// The files are made by running the first k steps, which are frozen.
func TestMigratesFromEveryVersion(t *testing.T) {
	for k := 1; k < len(migrations); k++ {
		t.Run(fmt.Sprintf("version %d", k), func(t *testing.T) {
			dir := t.TempDir()
			writeVersion(t, filepath.Join(dir, fileName), k)
			s := openStore(t, dir)
			integrityCheck(t, s.db)
			got := mustFind(t, s, ListFilter{Query: "zoekwoord"})
			if len(got) != 1 || got[0].Title != fmt.Sprintf("Versie %d", k) || got[0].Status != StatusConcept {
				t.Errorf("search after migrating from %d = %+v", k, got)
			}
		})
	}
}

// writeVersion creates a database at schema version k holding one draft,
// written the way Postwijs at that version would.
func writeVersion(t *testing.T, path string, k int) {
	t.Helper()
	db := rawDB(t, path)
	defer db.Close()
	execRaw(t, db, "PRAGMA journal_mode=WAL")
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	for i := range k {
		if err := migrations[i](tx); err != nil {
			t.Fatalf("step %d: %v", i+1, err)
		}
	}
	if err := insertOldDraft(tx, k); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", k)); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// insertOldDraft uses only the columns of version 1; from the version
// with the search index on, Postwijs also indexed what it wrote.
func insertOldDraft(tx *sql.Tx, k int) error {
	res, err := tx.Exec(`INSERT INTO drafts (title, body, network, created, updated) VALUES (?, ?, '', ?, ?)`,
		fmt.Sprintf("Versie %d", k), "Met een zoekwoord erin",
		"2024-05-01T09:00:00.000000000Z", "2024-05-01T09:00:00.000000000Z")
	if err != nil {
		return err
	}
	if k < searchVersion {
		return nil
	}
	id, _ := res.LastInsertId()
	return indexDraft(tx, id, fmt.Sprintf("Versie %d", k), "Met een zoekwoord erin")
}

// searchVersion is the schema version that added drafts_fts.
const searchVersion = 5
