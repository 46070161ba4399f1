package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"postwijs/drafts"
)

func TestStatusFilterAndBin(t *testing.T) {
	w, store := newTestWindow(t, t.TempDir())
	test.Type(w.editor.body, "Eerste, klaar om te plaatsen")
	w.editor.status.SetSelected(T("status.klaar"))
	w.editor.saveNow()
	first := w.editor.draft.ID
	if d, _ := store.Get(first); d.Status != drafts.StatusKlaar {
		t.Fatalf("status saved as %q", d.Status)
	}
	w.newDraft()
	test.Type(w.editor.body, "Tweede, nog een concept")

	w.list.status.SetSelected(T("status.klaar"))
	if len(w.list.items) != 1 || w.list.items[0].ID != first {
		t.Fatalf("filter klaar lists %+v", w.list.items)
	}
	w.list.status.SetSelectedIndex(0)

	// Delete moves to the bin; the bin view lists it; restoring brings it back.
	w.open(mustGet(t, store, first))
	w.removeDraft(w.editor.draft)
	w.list.bin.SetChecked(true)
	if len(w.list.items) != 1 || w.list.items[0].ID != first {
		t.Fatalf("the bin lists %+v", w.list.items)
	}
	if err := store.Undelete(first); err != nil {
		t.Fatal(err)
	}
	w.list.bin.SetChecked(false)
	if indexOf(w.list.items, first) < 0 {
		t.Fatal("a restored draft is not back in the list")
	}
}

func TestDuplicateAndHistory(t *testing.T) {
	w, store := newTestWindow(t, t.TempDir())
	test.Type(w.editor.body, "Origineel bericht voor LinkedIn over ons nieuwe kantoor in Utrecht.")
	w.editor.saveNow()
	orig := w.editor.draft.ID
	w.duplicate([]string{"x"})
	if w.editor.draft.ID == orig || w.editor.networkID() != "x" || !strings.HasPrefix(w.editor.body.Text, "Origineel") {
		t.Fatalf("duplicate opened %+v on %s", w.editor.draft, w.editor.networkID())
	}

	// A large change keeps the previous text as a revision, which can come back.
	w.editor.body.SetText("Helemaal herschreven: een korte versie voor X, met veel minder woorden dan eerst.")
	w.editor.saveNow()
	revs, err := store.Revisions(w.editor.draft.ID)
	if err != nil || len(revs) == 0 {
		t.Fatalf("revisions %v, %v", revs, err)
	}
	d, err := store.Restore(w.editor.draft.ID, revs[len(revs)-1].ID)
	if err != nil {
		t.Fatal(err)
	}
	w.open(d)
	if !strings.HasPrefix(w.editor.body.Text, "Origineel") {
		t.Fatalf("restored text %q", w.editor.body.Text)
	}
}

func TestIgnoreFindingAndAddWord(t *testing.T) {
	dir := t.TempDir()
	w, store := newTestWindow(t, dir)
	eventually(t, "the speller", func() bool { return w.speller != nil })
	w.editor.body.SetText("Met kortingscode ANNA10 bij Frobnicatorr.")
	eventually(t, "findings", func() bool { return hasRule(w.findings.shown, "undisclosed-advertising") })
	for _, f := range w.findings.shown {
		if f.Rule == "undisclosed-advertising" {
			w.ignoreFinding(f)
		}
	}
	eventually(t, "the ignored finding gone", func() bool { return !hasRule(w.findings.shown, "undisclosed-advertising") })
	if d, _ := store.Get(w.editor.draft.ID); len(d.Ignored) != 1 {
		t.Fatalf("the draft remembers %v", d.Ignored)
	}

	w.editor.body.SetText("Vandaag werkten we met de frobnicatorr.")
	eventually(t, "a spelling finding", func() bool { return hasRule(w.findings.shown, "spelling") })
	w.addToDictionary("frobnicatorr")
	eventually(t, "the word known", func() bool { return !hasRule(w.findings.shown, "spelling") })

	// The dictionary lasts: a new window knows the word.
	w.close()
	store.Close()
	w2, _ := openTestWindow(t, dir)
	eventually(t, "the speller", func() bool { return w2.speller != nil })
	if !w2.speller.Known("frobnicatorr", "nl") {
		t.Fatal("the user's word is forgotten after a restart")
	}
}

func TestImportExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	w, store := newTestWindow(t, dir)
	test.Type(w.editor.body, "Bericht dat mee verhuist")
	ds, err := w.allDrafts()
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "concepten.json")
	if err := drafts.ExportJSON(file, ds); err != nil {
		t.Fatal(err)
	}
	w2, store2 := newTestWindow(t, t.TempDir())
	w2.importFrom(file)
	if list, _ := store2.List("verhuist"); len(list) != 1 {
		t.Fatalf("imported drafts: %+v", list)
	}
	if !strings.Contains(w2.status.Text, "1") {
		t.Errorf("status after import: %q", w2.status.Text)
	}
	_ = store
}

func mustGet(t *testing.T, s *drafts.Store, id int64) drafts.Draft {
	t.Helper()
	d, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Saving the newest draft redraws its row; a draft that no longer fits the
// filter leaves the list.
func TestSavedDraftUpdatesItsRow(t *testing.T) {
	w, _ := newTestWindow(t, t.TempDir())
	test.Type(w.editor.body, "Eerste woorden")
	w.editor.saveNow()
	test.Type(w.editor.title, "Nieuwe titel")
	w.editor.saveNow()
	if w.list.items[0].Title != "Nieuwe titel" {
		t.Fatalf("the row shows %q", w.list.items[0].Title)
	}
	w.list.status.SetSelected(T("status.concept"))
	w.editor.status.SetSelected(T("status.klaar"))
	w.editor.saveNow()
	if indexOf(w.list.items, w.editor.draft.ID) >= 0 {
		t.Fatal("a draft marked klaar stays in the list filtered on concept")
	}
}
