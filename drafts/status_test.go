package drafts

import (
	"errors"
	"slices"
	"testing"
	"time"
)

func TestNewDraftIsConcept(t *testing.T) {
	s := openStore(t, t.TempDir())
	d := mustCreate(t, s, Draft{Title: "nieuw"})
	if d.Status != StatusConcept || !d.PostedAt.IsZero() || d.PostedOn != "" || !d.Deleted.IsZero() {
		t.Errorf("new draft %+v, want a concept that is not posted or deleted", d)
	}
}

func TestPostingRecordsWhenAndWhere(t *testing.T) {
	clock := useFakeClock(t)
	s := openStore(t, t.TempDir())
	d := mustCreate(t, s, Draft{Title: "Lancering", Network: ""})

	d.Status = StatusKlaar
	d = mustSave(t, s, d)
	if d.Status != StatusKlaar || !d.PostedAt.IsZero() {
		t.Fatalf("klaar: %+v", d)
	}
	clock.advance(time.Hour)
	d.Status = StatusGeplaatst
	d = mustSave(t, s, d)
	if !d.PostedAt.Equal(clock.now) || d.PostedOn != "linkedin" {
		t.Fatalf("posted: at %v on %q, want now on linkedin (the default network)", d.PostedAt, d.PostedOn)
	}
	// A caller that does not know the posting details does not wipe them.
	clock.advance(time.Hour)
	unaware := d
	unaware.PostedAt, unaware.PostedOn = time.Time{}, ""
	unaware.Body = "typo fixed after posting"
	if got := mustSave(t, s, unaware); !got.PostedAt.Equal(d.PostedAt) || got.PostedOn != "linkedin" {
		t.Errorf("saving without posting details: at %v on %q, want them kept", got.PostedAt, got.PostedOn)
	}
	// Details given explicitly are stored as given.
	when := time.Date(2025, 2, 14, 8, 30, 0, 0, time.UTC)
	d.PostedAt, d.PostedOn = when, "mastodon"
	if got := mustSave(t, s, d); !got.PostedAt.Equal(when) || got.PostedOn != "mastodon" {
		t.Errorf("explicit details: at %v on %q", got.PostedAt, got.PostedOn)
	}
	// Back to concept: no longer posted.
	d.Status = StatusConcept
	if got := mustSave(t, s, d); !got.PostedAt.IsZero() || got.PostedOn != "" {
		t.Errorf("back to concept still posted at %v on %q", got.PostedAt, got.PostedOn)
	}
}

func TestInvalidStatusOrLanguageIsRefused(t *testing.T) {
	s := openStore(t, t.TempDir())
	d := mustCreate(t, s, Draft{Title: "a"})
	for _, bad := range []Draft{
		{ID: d.ID, Title: "b", Status: "published"},
		{ID: d.ID, Title: "b", Lang: "de"},
	} {
		if _, err := s.Save(bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("Save(%+v): err = %v, want ErrInvalid", bad, err)
		}
		if _, err := s.Create(bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("Create(%+v): err = %v, want ErrInvalid", bad, err)
		}
	}
	if got := mustGet(t, s, d.ID); got.Title != "a" {
		t.Errorf("a refused save changed the draft: %+v", got)
	}
	if got, _ := s.List(""); len(got) != 1 {
		t.Errorf("a refused create added a draft: %q", titles(got))
	}
	if _, err := s.Find(ListFilter{Status: "klaarr"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("Find with a misspelt status: err = %v, want ErrInvalid", err)
	}
}

func TestIgnoredAndLanguageAreKept(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	d := mustCreate(t, s, Draft{Title: "a", Lang: "en", Ignored: []string{"shouting:12", "ad \"quoted\""}})
	d.Ignored = append(d.Ignored, "confidential:3")
	d = mustSave(t, s, d)
	s.Close()

	got := mustGet(t, openStore(t, dir), d.ID)
	if got.Lang != "en" || !slices.Equal(got.Ignored, []string{"shouting:12", "ad \"quoted\"", "confidential:3"}) {
		t.Errorf("after reopen Lang %q Ignored %q", got.Lang, got.Ignored)
	}
}

func TestFindFilters(t *testing.T) {
	s := openStore(t, t.TempDir())
	mk := func(title, network, status string) Draft {
		d := mustCreate(t, s, Draft{Title: title, Body: "over koffie", Network: network})
		d.Status = status
		return mustSave(t, s, d)
	}
	mk("a", "", StatusConcept)
	mk("b", "linkedin", StatusKlaar)
	mk("c", "x", StatusKlaar)
	mk("d", "x", StatusGeplaatst)
	gone := mk("e", "x", StatusKlaar)
	if err := s.Delete(gone.ID); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		f    ListFilter
		want []string
	}{
		{ListFilter{}, []string{"d", "c", "b", "a"}},
		{ListFilter{Status: StatusKlaar}, []string{"c", "b"}},
		{ListFilter{Network: "x"}, []string{"d", "c"}},
		{ListFilter{Network: "linkedin"}, []string{"b", "a"}}, // "" is linkedin
		{ListFilter{Network: "x", Status: StatusKlaar}, []string{"c"}},
		{ListFilter{Query: "koffie", Network: "x", Status: StatusKlaar}, []string{"c"}},
		{ListFilter{Query: "thee"}, nil},
		{ListFilter{Deleted: true}, []string{"e"}},
		{ListFilter{Deleted: true, Query: "koffie"}, []string{"e"}},
		{ListFilter{Deleted: true, Status: StatusConcept}, nil},
	} {
		if got := titles(mustFind(t, s, tc.f)); !slices.Equal(got, tc.want) {
			t.Errorf("Find(%+v) = %q, want %q", tc.f, got, tc.want)
		}
	}
}
