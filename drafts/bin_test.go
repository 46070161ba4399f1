package drafts

import (
	"errors"
	"slices"
	"testing"
	"time"
)

func TestUndeleteBringsADraftBack(t *testing.T) {
	s := openStore(t, t.TempDir())
	d := mustCreate(t, s, Draft{Title: "terug", Body: "uit de prullenbak"})
	if err := s.Delete(d.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.List("prullenbak"); len(got) != 0 {
		t.Fatalf("search finds a binned draft: %q", titles(got))
	}
	if err := s.Undelete(d.ID); err != nil {
		t.Fatal(err)
	}
	got, _ := s.List("prullenbak")
	if len(got) != 1 || !got[0].Deleted.IsZero() {
		t.Fatalf("after Undelete List = %+v", got)
	}
	if err := s.Undelete(999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Undelete(999): err = %v, want ErrNotFound", err)
	}
	if err := s.Delete(999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Delete(999): err = %v, want ErrNotFound", err)
	}
}

func TestBinListsMostRecentlyDeletedFirst(t *testing.T) {
	s := openStore(t, t.TempDir())
	a := mustCreate(t, s, Draft{Title: "a"})
	b := mustCreate(t, s, Draft{Title: "b"})
	for _, id := range []int64{b.ID, a.ID} {
		if err := s.Delete(id); err != nil {
			t.Fatal(err)
		}
	}
	if got := titles(mustFind(t, s, ListFilter{Deleted: true})); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("bin = %q, want a (deleted last) first", got)
	}
}

// A second window may still have a binned draft open; what it types is
// kept until the bin is emptied.
func TestSavingABinnedDraftKeepsTheText(t *testing.T) {
	s := openStore(t, t.TempDir())
	d := mustCreate(t, s, Draft{Body: "begin"})
	if err := s.Delete(d.ID); err != nil {
		t.Fatal(err)
	}
	d.Body = "begin en meer"
	saved := mustSave(t, s, d)
	if saved.Body != "begin en meer" || saved.Deleted.IsZero() {
		t.Errorf("saved %+v, want the text, still in the bin", saved)
	}
}

func TestEmptyBinRemovesForGood(t *testing.T) {
	clock := useFakeClock(t)
	s := openStore(t, t.TempDir())
	keep := mustCreate(t, s, Draft{Title: "blijft", Body: "gemeenschappelijk woord"})
	gone := mustCreate(t, s, Draft{Title: "weg", Body: "gemeenschappelijk woord"})
	clock.advance(3 * time.Minute)
	gone.Body = "gemeenschappelijk woord, bewerkt"
	mustSave(t, s, gone)
	if len(mustRevisions(t, s, gone.ID)) == 0 {
		t.Fatal("setup: no revision")
	}
	if err := s.Delete(gone.ID); err != nil {
		t.Fatal(err)
	}
	n, err := s.EmptyBin()
	if err != nil || n != 1 {
		t.Fatalf("EmptyBin = %d, %v; want 1", n, err)
	}
	if _, err := s.Get(gone.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get after EmptyBin: err = %v, want ErrNotFound", err)
	}
	var revs int
	s.db.QueryRow(`SELECT count(*) FROM revisions WHERE draft_id = ?`, gone.ID).Scan(&revs)
	if revs != 0 {
		t.Errorf("%d revisions of the removed draft left behind", revs)
	}
	if got := titles(mustFind(t, s, ListFilter{Query: "gemeenschappelijk"})); !slices.Equal(got, []string{"blijft"}) {
		t.Errorf("search after EmptyBin = %q, want only the kept draft", got)
	}
	if got := mustFind(t, s, ListFilter{Deleted: true}); len(got) != 0 {
		t.Errorf("bin after EmptyBin = %q", titles(got))
	}
	if got := mustGet(t, s, keep.ID); got.Title != "blijft" {
		t.Errorf("EmptyBin touched a draft outside the bin")
	}
	if n, _ := s.EmptyBin(); n != 0 {
		t.Errorf("emptying an empty bin removed %d", n)
	}
	var indexed int
	s.db.QueryRow(`SELECT count(*) FROM drafts_fts WHERE drafts_fts MATCH 'gemeenschappelijk'`).Scan(&indexed)
	if indexed != 1 {
		t.Errorf("search index holds %d entries for the word, want only the kept draft's", indexed)
	}
}

func TestDuplicate(t *testing.T) {
	clock := useFakeClock(t)
	s := openStore(t, t.TempDir())
	src := mustCreate(t, s, Draft{Title: "Lancering", Body: "We zijn live!", Network: "linkedin",
		Lang: "nl", Ignored: []string{"shouting:1"}})
	src.Status = StatusGeplaatst
	src = mustSave(t, s, src)
	clock.advance(3 * time.Minute)
	src.Body = "We zijn live! Kijk snel."
	src = mustSave(t, s, src)

	cp, err := s.Duplicate(src.ID, "x")
	if err != nil {
		t.Fatal(err)
	}
	if cp.ID == src.ID || cp.Title != "Lancering (kopie)" || cp.Body != src.Body || cp.Network != "x" ||
		cp.Status != StatusConcept || !cp.PostedAt.IsZero() || cp.Lang != "nl" || !slices.Equal(cp.Ignored, src.Ignored) {
		t.Errorf("Duplicate = %+v", cp)
	}
	if revs := mustRevisions(t, s, cp.ID); len(revs) != 0 {
		t.Errorf("the copy has the original's history: %+v", revs)
	}
	untitled := mustCreate(t, s, Draft{Body: "zonder titel", Network: "bluesky"})
	if cp, _ := s.Duplicate(untitled.ID, ""); cp.Title != "" || cp.Network != "bluesky" {
		t.Errorf("copy of an untitled draft: title %q network %q", cp.Title, cp.Network)
	}
	if _, err := s.Duplicate(999, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Duplicate(999): err = %v, want ErrNotFound", err)
	}
}
