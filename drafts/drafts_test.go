package drafts

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestCreateThenGet(t *testing.T) {
	s := openStore(t, t.TempDir())
	before := time.Now()
	d := mustCreate(t, s, Draft{Title: "Launch", Body: "We are live!", Network: "mastodon"})
	after := time.Now()

	if d.ID <= 0 {
		t.Errorf("ID = %d, want a positive id", d.ID)
	}
	if d.Created.Before(before) || d.Created.After(after) || !d.Updated.Equal(d.Created) {
		t.Errorf("Created %v, Updated %v; want both now (between %v and %v)", d.Created, d.Updated, before, after)
	}
	if d.Created.Location() != time.UTC {
		t.Errorf("Created is in %v, want UTC", d.Created.Location())
	}
	got, err := s.Get(d.ID)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	assertSameDraft(t, got, d)
}

func TestSaveUpdatesContentAndTime(t *testing.T) {
	s := openStore(t, t.TempDir())
	d := mustCreate(t, s, Draft{Title: "v1", Body: "first"})

	d.Title, d.Body, d.Network = "v2", "second", "bluesky"
	saved, err := s.Save(d)
	if err != nil {
		t.Fatalf("Save: %v", err)
	}
	if !saved.Updated.After(d.Updated) {
		t.Errorf("Updated did not advance: %v then %v", d.Updated, saved.Updated)
	}
	if !saved.Created.Equal(d.Created) {
		t.Errorf("Created changed from %v to %v", d.Created, saved.Created)
	}
	got, err := s.Get(d.ID)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	assertSameDraft(t, got, saved)
	if got.Title != "v2" || got.Body != "second" || got.Network != "bluesky" {
		t.Errorf("after save got %+v", got)
	}
}

func TestSaveIgnoresStaleCreated(t *testing.T) {
	s := openStore(t, t.TempDir())
	d := mustCreate(t, s, Draft{Title: "a"})
	stale := d
	stale.Created = time.Time{} // caller lost it; the stored one must win
	saved, err := s.Save(stale)
	if err != nil {
		t.Fatal(err)
	}
	if !saved.Created.Equal(d.Created) {
		t.Errorf("Save returned Created %v, want stored %v", saved.Created, d.Created)
	}
}

func TestListNewestFirst(t *testing.T) {
	s := openStore(t, t.TempDir())
	a := mustCreate(t, s, Draft{Title: "a"})
	mustCreate(t, s, Draft{Title: "b"})
	mustCreate(t, s, Draft{Title: "c"})
	// No sleeps: saves in quick succession must still order correctly.
	if _, err := s.Save(a); err != nil {
		t.Fatal(err)
	}
	got, err := s.List("")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a", "c", "b"}; !slices.Equal(titles(got), want) {
		t.Errorf("List order = %v, want %v", titles(got), want)
	}
}

// Windows clocks can tick in coarse steps, so several saves may see the
// same time.Now; the list must still show the last edit first.
func TestQuickSavesOrderWithCoarseClock(t *testing.T) {
	frozen := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	timeNow = func() time.Time { return frozen }
	t.Cleanup(func() { timeNow = time.Now })

	s := openStore(t, t.TempDir())
	a := mustCreate(t, s, Draft{Title: "a"})
	b := mustCreate(t, s, Draft{Title: "b"})
	if _, err := s.Save(a); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(b); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(a); err != nil {
		t.Fatal(err)
	}
	got, err := s.List("")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a", "b"}; !slices.Equal(titles(got), want) {
		t.Errorf("List order = %v, want %v", titles(got), want)
	}
}

// Stored times are compared as text by ORDER BY, so text order must be
// time order even when fractions have different numbers of digits.
func TestStoredTimesSortAsText(t *testing.T) {
	base := time.Date(2025, 1, 1, 12, 0, 5, 0, time.UTC)
	times := []time.Time{base, base.Add(100 * time.Millisecond), base.Add(120 * time.Millisecond), base.Add(time.Second)}
	for i := 1; i < len(times); i++ {
		if a, b := formatTime(times[i-1]), formatTime(times[i]); a >= b {
			t.Errorf("%q sorts at or after %q", a, b)
		}
	}
}

func TestListEqualTimesNewestIDFirst(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	for _, title := range []string{"one", "two", "three"} {
		mustCreate(t, s, Draft{Title: title})
	}
	// Give all three the same timestamp, as a coarse clock could.
	if _, err := s.db.Exec(`UPDATE drafts SET updated = '2025-01-01T00:00:00.000000000Z'`); err != nil {
		t.Fatal(err)
	}
	got, err := s.List("")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"three", "two", "one"}; !slices.Equal(titles(got), want) {
		t.Errorf("List order = %v, want %v", titles(got), want)
	}
}

func TestDeleteMovesToBin(t *testing.T) {
	s := openStore(t, t.TempDir())
	keep := mustCreate(t, s, Draft{Title: "keep"})
	gone := mustCreate(t, s, Draft{Title: "gone", Body: "nog niet weg"})
	if err := s.Delete(gone.ID); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	got, _ := s.List("")
	if want := []string{keep.Title}; !slices.Equal(titles(got), want) {
		t.Errorf("List after delete = %v, want %v", titles(got), want)
	}
	binned, err := s.Get(gone.ID)
	if err != nil || binned.Body != "nog niet weg" || binned.Deleted.IsZero() {
		t.Fatalf("Get of a binned draft = %+v, %v; want its text and a Deleted time", binned, err)
	}
	if err := s.Delete(gone.ID); err != nil {
		t.Errorf("second Delete: %v", err)
	}
	if again, _ := s.Get(gone.ID); !again.Deleted.Equal(binned.Deleted) {
		t.Errorf("second Delete moved the deletion time from %v to %v", binned.Deleted, again.Deleted)
	}
}

func TestUnknownIDIsNotFound(t *testing.T) {
	s := openStore(t, t.TempDir())
	mustCreate(t, s, Draft{Title: "only"})
	if _, err := s.Get(999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get: err = %v, want ErrNotFound", err)
	}
	if _, err := s.Save(Draft{ID: 999, Title: "ghost"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("Save: err = %v, want ErrNotFound", err)
	}
	if err := s.Delete(999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Delete: err = %v, want ErrNotFound", err)
	}
	if got, _ := s.List(""); len(got) != 1 {
		t.Errorf("Save of an unknown id changed the store: %v", titles(got))
	}
}

// A window still holding a removed draft must not overwrite a newer draft
// that happened to get the same id.
func TestRemovedIDIsNotReused(t *testing.T) {
	s := openStore(t, t.TempDir())
	mustCreate(t, s, Draft{Title: "a"})
	old := mustCreate(t, s, Draft{Title: "b"})
	if err := s.Delete(old.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.EmptyBin(); err != nil {
		t.Fatal(err)
	}
	fresh := mustCreate(t, s, Draft{Title: "c"})
	if fresh.ID == old.ID {
		t.Fatalf("new draft reused removed id %d", old.ID)
	}
	if _, err := s.Save(old); !errors.Is(err, ErrNotFound) {
		t.Errorf("Save of removed draft: err = %v, want ErrNotFound", err)
	}
}

func TestDataSurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	a := mustCreate(t, s, Draft{Title: "a", Body: "alpha", Network: "x"})
	b := mustCreate(t, s, Draft{Title: "b", Body: "beta"})
	a.Body = "alpha, edited"
	if a, err = s.Save(a); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	got, err := openStore(t, dir).List("")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("after reopen List = %v, want 2 drafts", titles(got))
	}
	assertSameDraft(t, got[0], a)
	assertSameDraft(t, got[1], b)
}

func TestTimesStoredAsRFC3339UTC(t *testing.T) {
	s := openStore(t, t.TempDir())
	d := mustCreate(t, s, Draft{Title: "a"})
	var created, updated string
	if err := s.db.QueryRow(`SELECT created, updated FROM drafts WHERE id = ?`, d.ID).Scan(&created, &updated); err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{created, updated} {
		parsed, err := time.Parse(time.RFC3339Nano, v)
		if err != nil || !strings.HasSuffix(v, "Z") || !parsed.Equal(d.Created) {
			t.Errorf("stored time %q: want RFC 3339 UTC equal to %v (err %v)", v, d.Created, err)
		}
	}
}

func TestRawBytesRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	title := "bad \xff\xfe utf-8"
	body := "before\x00after \xc3\x28 end\x00"
	d := mustCreate(t, s, Draft{Title: title, Body: body})
	got, err := s.Get(d.ID)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if got.Title != title || got.Body != body {
		t.Errorf("got %q / %q, want %q / %q", got.Title, got.Body, title, body)
	}
	found, err := s.List("after end")
	if err != nil || len(found) != 1 || found[0].Body != body {
		t.Errorf("List(after end) = %v, %v; want the draft with its bytes intact", found, err)
	}
	d.Body = body + "\xff"
	if _, err := s.Save(d); err != nil {
		t.Fatalf("Save: %v", err)
	}
	s.Close()

	got, err = openStore(t, dir).Get(d.ID)
	if err != nil || got.Body != d.Body || got.Title != title {
		t.Errorf("after reopen got %q / %q (%v), want %q / %q", got.Title, got.Body, err, title, d.Body)
	}
}

func assertSameDraft(t *testing.T, got, want Draft) {
	t.Helper()
	if got.ID != want.ID || got.Title != want.Title || got.Body != want.Body || got.Network != want.Network ||
		!got.Created.Equal(want.Created) || !got.Updated.Equal(want.Updated) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}
