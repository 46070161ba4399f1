package drafts

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// Typing with an autosave every second must not leave a revision per
// save, but no more than about 40 characters of text between revisions.
func TestTypingIsCoalescedIntoFewRevisions(t *testing.T) {
	clock := useFakeClock(t)
	s := openStore(t, t.TempDir())
	d := mustCreate(t, s, Draft{})
	for i := 1; i <= 60; i++ { // one character per second, for a minute
		clock.advance(time.Second)
		d.Body = strings.Repeat("a", i)
		d = mustSave(t, s, d)
	}
	revs := mustRevisions(t, s, d.ID)
	if len(revs) != 1 || revs[0].Body != strings.Repeat("a", 41) {
		t.Fatalf("after 60 saves: %d revisions %+v, want one, of the text at 41 characters", len(revs), revs)
	}
	// The text kept carries the time it was saved at, not the time it was replaced.
	if want := clock.now.Add(-19 * time.Second); !revs[0].Saved.Equal(want) {
		t.Errorf("revision saved at %v, want %v", revs[0].Saved, want)
	}
}

// Coming back to a draft keeps the text from before, once.
func TestPauseKeepsTheTextFromBefore(t *testing.T) {
	clock := useFakeClock(t)
	s := openStore(t, t.TempDir())
	d := mustCreate(t, s, Draft{Body: "Eerste zin."})
	clock.advance(time.Minute)
	d.Body += " Tweede."
	d = mustSave(t, s, d)
	if revs := mustRevisions(t, s, d.ID); len(revs) != 0 {
		t.Fatalf("a small edit within two minutes made revisions %+v", revs)
	}
	clock.advance(3 * time.Minute) // the user comes back after a pause
	before := d.Body
	d.Body += " Derde."
	d = mustSave(t, s, d)
	revs := mustRevisions(t, s, d.ID)
	if len(revs) != 1 || revs[0].Body != before {
		t.Fatalf("after a pause: revisions %+v, want the text from before the pause", revs)
	}
	clock.advance(time.Second) // the next word is no new revision
	d.Body += " Vierde."
	d = mustSave(t, s, d)
	// Saving the same text again adds nothing either.
	mustSave(t, s, d)
	clock.advance(5 * time.Minute)
	mustSave(t, s, d)
	if got := mustRevisions(t, s, d.ID); len(got) != 1 {
		t.Errorf("%d revisions, want still 1: %q", len(got), revisionBodies(got))
	}
}

// Undoing back to the text of the last revision and editing on later
// must not keep that text twice.
func TestNoDuplicateRevisions(t *testing.T) {
	clock := useFakeClock(t)
	s := openStore(t, t.TempDir())
	d := mustCreate(t, s, Draft{Body: "Hallo wereld"})
	clock.advance(3 * time.Minute)
	d.Body = "Hallo wereld!"
	d = mustSave(t, s, d) // keeps "Hallo wereld"
	clock.advance(time.Second)
	d.Body = "Hallo wereld"
	d = mustSave(t, s, d) // undo
	clock.advance(3 * time.Minute)
	d.Body = "Hallo wereld?"
	d = mustSave(t, s, d)
	if got := revisionBodies(mustRevisions(t, s, d.ID)); len(got) != 1 || got[0] != "Hallo wereld" {
		t.Errorf("revisions %q, want \"Hallo wereld\" once", got)
	}
}

// Selecting everything and typing over it, seconds after the last
// revision, must still keep exactly what was there.
func TestBigChangeKeepsThePreviousText(t *testing.T) {
	clock := useFakeClock(t)
	s := openStore(t, t.TempDir())
	long := strings.Repeat("Een zin die ertoe doet. ", 10)
	d := mustCreate(t, s, Draft{Title: "Lang", Body: long})
	clock.advance(time.Second)
	d.Body = long + "En nog een."
	d = mustSave(t, s, d) // keeps long: far from the empty start
	clock.advance(time.Second)
	d.Body = long + "En nog een paar."
	d = mustSave(t, s, d) // a small edit: nothing kept
	if got := mustRevisions(t, s, d.ID); len(got) != 1 {
		t.Fatalf("setup: %d revisions, want 1", len(got))
	}
	clock.advance(time.Second)
	before := d.Body
	d.Body = "x"
	d = mustSave(t, s, d)
	revs := mustRevisions(t, s, d.ID)
	if len(revs) != 2 || revs[0].Body != before {
		t.Fatalf("after replacing everything: newest revision %q, want the text just before", revisionBodies(revs)[0])
	}
}

func TestRestore(t *testing.T) {
	clock := useFakeClock(t)
	s := openStore(t, t.TempDir())
	d := mustCreate(t, s, Draft{Title: "v1", Body: "versie een"})
	for _, body := range []string{"versie twee", "versie drie"} {
		clock.advance(3 * time.Minute)
		d.Title, d.Body = "v", body
		d = mustSave(t, s, d)
	}
	revs := mustRevisions(t, s, d.ID)
	if got := revisionBodies(revs); strings.Join(got, "|") != "versie twee|versie een" {
		t.Fatalf("revisions newest first = %q", got)
	}
	clock.advance(time.Second)
	restored, err := s.Restore(d.ID, revs[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if restored.Title != "v1" || restored.Body != "versie een" || !restored.Updated.After(d.Updated) {
		t.Fatalf("Restore returned %+v", restored)
	}
	if got := mustGet(t, s, d.ID); got.Body != "versie een" {
		t.Fatalf("stored body after restore %q", got.Body)
	}
	// The text the restore replaced is the newest revision: undo is possible.
	revs = mustRevisions(t, s, d.ID)
	if revs[0].Body != "versie drie" {
		t.Fatalf("newest revision after restore = %q, want the replaced text", revs[0].Body)
	}
	if back, err := s.Restore(d.ID, revs[0].ID); err != nil || back.Body != "versie drie" {
		t.Fatalf("undoing the restore: %+v, %v", back, err)
	}
}

func TestRestoreNeedsARevisionOfThatDraft(t *testing.T) {
	clock := useFakeClock(t)
	s := openStore(t, t.TempDir())
	a := mustCreate(t, s, Draft{Body: "van a"})
	b := mustCreate(t, s, Draft{Body: "van b"})
	clock.advance(3 * time.Minute)
	a.Body = "a, later"
	mustSave(t, s, a)
	revA := mustRevisions(t, s, a.ID)[0]
	if _, err := s.Restore(b.ID, revA.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("restoring a's revision into b: err = %v, want ErrNotFound", err)
	}
	if got := mustGet(t, s, b.ID); got.Body != "van b" {
		t.Errorf("b changed to %q", got.Body)
	}
	if _, err := s.Revisions(999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Revisions(999): err = %v, want ErrNotFound", err)
	}
}

func TestChanged(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "abc", 0},
		{"hallo wereld", "hallo mooie wereld", 6},
		{"hallo", "", 5},
		{"één twee", "een twee", 2}, // counted in characters, not bytes
		{strings.Repeat("x", 100), strings.Repeat("y", 100), 100},
	} {
		if got := changed("", tc.a, "", tc.b); got != tc.want {
			t.Errorf("changed(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func mustRevisions(t *testing.T, s *Store, id int64) []Revision {
	t.Helper()
	revs, err := s.Revisions(id)
	if err != nil {
		t.Fatalf("Revisions(%d): %v", id, err)
	}
	return revs
}

func revisionBodies(revs []Revision) []string {
	out := make([]string, len(revs))
	for i, r := range revs {
		out[i] = r.Body
	}
	return out
}
