package ui

import (
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"postwijs/checker"
	"postwijs/drafts"
	"postwijs/settings"
)

// newTestWindow opens a window for a returning user (the first-run
// questions answered before) on the store in dir.
func newTestWindow(t *testing.T, dir string) (*Window, *drafts.Store) {
	t.Helper()
	if _, err := os.Stat(settings.Path(dir)); os.IsNotExist(err) {
		if err := settings.Save(settings.Path(dir), settings.Settings{User: settings.User{SetupDone: true}}); err != nil {
			t.Fatal(err)
		}
	}
	return openTestWindow(t, dir)
}

var testApps = map[*testing.T]bool{}

// openTestWindow opens a window on the store in dir, with short delays so
// the tests need not wait long.
func openTestWindow(t *testing.T, dir string) (*Window, *drafts.Store) {
	t.Helper()
	checkDelay, saveDelay = 20*time.Millisecond, 60*time.Millisecond
	if !testApps[t] { // one app per test, so preferences last across windows
		test.NewTempApp(t)
		testApps[t] = true
	}
	store, err := drafts.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	w := New(fyne.CurrentApp(), store, "nl")
	w.win.Resize(fyne.NewSize(1280, 800))
	return w, store
}

// uiQueue holds work the background goroutines hand to the UI. The test
// driver would run it on the calling goroutine, next to the test's own
// widget calls; the tests run it on their goroutine instead.
var uiQueue struct {
	sync.Mutex
	fns []func()
}

func init() {
	runOnUI = func(f func()) {
		uiQueue.Lock()
		defer uiQueue.Unlock()
		uiQueue.fns = append(uiQueue.fns, f)
	}
}

func drainUI() {
	uiQueue.Lock()
	fns := uiQueue.fns
	uiQueue.fns = nil
	uiQueue.Unlock()
	for _, f := range fns {
		f()
	}
}

// eventually waits until cond holds, for the debounced check and save,
// running the work they hand to the UI meanwhile.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for drainUI(); !cond(); drainUI() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func hasRule(fs []checker.Finding, id string) bool {
	for _, f := range fs {
		if f.Rule == id {
			return true
		}
	}
	return false
}

func TestTypingUpdatesSidebarAndPreview(t *testing.T) {
	w, _ := newTestWindow(t, t.TempDir())
	if w.findings.summary.Text != T("findings.waiting") && w.findings.summary.Text != T("findings.none") {
		t.Fatalf("sidebar starts with %q", w.findings.summary.Text)
	}
	test.Type(w.editor.body, "Nieuwe sneakers! Met kortingscode ANNA10 krijg je korting.")
	eventually(t, "an advertising finding", func() bool { return hasRule(w.findings.shown, "undisclosed-advertising") })
	if !strings.Contains(w.findings.summary.Text, "1 fout") {
		t.Errorf("summary %q does not count the error", w.findings.summary.Text)
	}
	if !containsText(w.findings.box, "Punt 6") {
		t.Error("the sidebar does not name policy point 6")
	}
	var marked string
	for _, s := range w.editor.preview.text.Segments {
		if ts := s.(*widget.TextSegment); ts.Style.TextStyle.Bold {
			marked += ts.Text
		}
	}
	if marked != "kortingscode" {
		t.Errorf("preview marks %q, want the promotional word", marked)
	}

	// Fixing the post clears the sidebar.
	w.editor.body.SetText("#ad Nieuwe sneakers! Met kortingscode ANNA10 krijg je korting.")
	eventually(t, "a clean sidebar", func() bool { return len(w.findings.shown) == 0 })
	if w.findings.summary.Text != T("findings.none") {
		t.Errorf("summary %q after the fix", w.findings.summary.Text)
	}
}

func TestAutosaveAndReopen(t *testing.T) {
	dir := t.TempDir()
	w, store := newTestWindow(t, dir)
	test.Type(w.editor.title, "Lancering")
	test.Type(w.editor.body, "Vandaag gaat onze nieuwe app live.")
	id := w.editor.draft.ID
	eventually(t, "the autosave", func() bool {
		d, err := store.Get(id)
		return err == nil && d.Body == "Vandaag gaat onze nieuwe app live." && d.Title == "Lancering"
	})

	// Typing right before closing is saved by the close itself.
	test.Type(w.editor.body, " Kom kijken!")
	w.close()
	store.Close()

	w2, _ := newTestWindow(t, dir)
	if got := w2.editor.body.Text; got != "Vandaag gaat onze nieuwe app live. Kom kijken!" {
		t.Fatalf("reopened body %q", got)
	}
	if w2.editor.title.Text != "Lancering" {
		t.Fatalf("reopened title %q", w2.editor.title.Text)
	}
}

func TestSwitchingDraftsKeepsBoth(t *testing.T) {
	w, _ := newTestWindow(t, t.TempDir())
	test.Type(w.editor.body, "Eerste bericht")
	first := w.editor.draft.ID
	test.Tap(findButton(t, w.list.content, T("drafts.new")))
	if w.editor.draft.ID == first || w.editor.body.Text != "" {
		t.Fatalf("new draft did not open: id %d, body %q", w.editor.draft.ID, w.editor.body.Text)
	}
	test.Type(w.editor.body, "Tweede bericht")
	w.editor.network.SetSelected("X")
	w.list.list.Select(indexOf(w.list.items, first))
	if w.editor.body.Text != "Eerste bericht" {
		t.Fatalf("switching back shows %q", w.editor.body.Text)
	}
	if len(w.list.items) != 2 || w.list.items[0].Body != "Tweede bericht" || w.list.items[0].Network != "x" {
		t.Fatalf("list after switching: %+v", w.list.items)
	}
	w.list.search.SetText("tweede")
	if len(w.list.items) != 1 {
		t.Fatalf("search for 'tweede' lists %d drafts", len(w.list.items))
	}
}

func TestTappingFindingMovesCursor(t *testing.T) {
	w, _ := newTestWindow(t, t.TempDir())
	w.editor.body.SetText("Hallo allemaal,\nDit is strikt vertrouwelijk.")
	eventually(t, "a confidential finding", func() bool { return hasRule(w.findings.shown, "confidential-wording") })
	test.Tap(findTapArea(t, w.findings.box))
	if w.editor.body.CursorRow != 1 || w.editor.body.CursorColumn != 7 {
		t.Fatalf("cursor at %d:%d, want 1:7", w.editor.body.CursorRow, w.editor.body.CursorColumn)
	}
}

func TestPointHeaderOpensPolicy(t *testing.T) {
	w, _ := newTestWindow(t, t.TempDir())
	w.editor.body.SetText("WAT EEN ONZIN IS DIT")
	eventually(t, "a shouting finding", func() bool { return hasRule(w.findings.shown, "shouting") })
	test.TapAt(findLink(t, w.findings.box, "Punt 7"), fyne.NewPos(20, 12))
	if w.tabs.SelectedIndex() != 1 {
		t.Fatal("the policy tab did not open")
	}
}

func TestApplySuggestion(t *testing.T) {
	w, _ := newTestWindow(t, t.TempDir())
	w.editor.body.SetText("Hallo. WAT EEN ONZIN IS DIT")
	eventually(t, "a shouting finding", func() bool { return hasRule(w.findings.shown, "shouting") })
	test.Tap(findButton(t, w.findings.box, "Vervang door"))
	if w.editor.body.Text != "Hallo. Wat een onzin is dit" {
		t.Fatalf("after replacing: %q", w.editor.body.Text)
	}
}

func TestCounterFollowsNetwork(t *testing.T) {
	w, _ := newTestWindow(t, t.TempDir())
	w.editor.network.SetSelected("X")
	w.editor.body.SetText(strings.Repeat("a", 300))
	if w.editor.counter.Text != "300 / 280" || w.editor.counter.Importance != widget.DangerImportance {
		t.Fatalf("counter %q importance %v", w.editor.counter.Text, w.editor.counter.Importance)
	}
	w.editor.network.SetSelected("LinkedIn")
	if w.editor.counter.Text != "300 / 3000" || w.editor.counter.Importance == widget.DangerImportance {
		t.Fatalf("counter %q importance %v", w.editor.counter.Text, w.editor.counter.Importance)
	}
}

func TestDeleteDraft(t *testing.T) {
	w, store := newTestWindow(t, t.TempDir())
	test.Type(w.editor.body, "Weg ermee")
	w.editor.saveNow()
	id := w.editor.draft.ID
	w.removeDraft(w.editor.draft)
	if list, _ := store.List(""); indexOf(list, id) >= 0 {
		t.Fatal("the deleted draft is still in the list")
	}
	if w.editor.draft.ID == id || w.editor.body.Text != "" {
		t.Fatalf("editor still shows the deleted draft: %+v", w.editor.draft)
	}
}

func TestPolicyPanelSearch(t *testing.T) {
	w, _ := newTestWindow(t, t.TempDir())
	if got := len(w.policyUI.visible()); got != 20 {
		t.Fatalf("%d points visible, want 20", got)
	}
	w.policyUI.search.SetText("reclame")
	vis := w.policyUI.visible()
	if len(vis) == 0 || len(vis) == 20 || indexOfInt(vis, 6) < 0 {
		t.Fatalf("search 'reclame' shows points %v", vis)
	}
	w.showPolicyPoint(13)
	if len(w.policyUI.visible()) != 20 {
		t.Fatal("opening a point does not clear the search")
	}
}

func TestTranslationsHaveTheSameKeys(t *testing.T) {
	nl, err := loadTexts("nl")
	if err != nil {
		t.Fatal(err)
	}
	en, err := loadTexts("en")
	if err != nil {
		t.Fatal(err)
	}
	for k := range nl {
		if en[k] == "" {
			t.Errorf("key %q is missing in English", k)
		}
	}
	for k := range en {
		if nl[k] == "" {
			t.Errorf("key %q is missing in Dutch", k)
		}
	}
}

func indexOf(ds []drafts.Draft, id int64) int {
	for i, d := range ds {
		if d.ID == id {
			return i
		}
	}
	return -1
}

func indexOfInt(xs []int, x int) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func TestReadabilityShownForLongPosts(t *testing.T) {
	w, _ := newTestWindow(t, t.TempDir())
	w.editor.body.SetText("Kort bericht.")
	eventually(t, "the check", func() bool { return w.findings.summary.Text == T("findings.none") })
	if w.editor.reading.Text != "" {
		t.Fatalf("a short post shows readability %q", w.editor.reading.Text)
	}
	w.editor.body.SetText(strings.Repeat("We zijn er klaar voor. Vandaag gaat de site live. Kijk mee en zeg wat je ervan vindt. ", 4))
	eventually(t, "a readability score", func() bool { return strings.HasPrefix(w.editor.reading.Text, "Leesbaarheid") })
	if !strings.Contains(w.editor.reading.Text, "makkelijk") {
		t.Errorf("short sentences of short words read as %q", w.editor.reading.Text)
	}
}

func TestMenuShortcutsAndRememberedState(t *testing.T) {
	dir := t.TempDir()
	w, store := newTestWindow(t, dir)
	want := map[string]bool{"Ctrl+N": false, "Ctrl+S": false, "Ctrl+Shift+C": false, "Ctrl+F": false, "Ctrl+Q": false}
	for _, m := range w.win.MainMenu().Items {
		for _, it := range m.Items {
			if sc, ok := it.Shortcut.(*desktop.CustomShortcut); ok {
				name := "Ctrl+"
				if sc.Modifier&fyne.KeyModifierShift != 0 {
					name += "Shift+"
				}
				want[name+string(sc.KeyName)] = true
			}
		}
	}
	for k, found := range want {
		if !found {
			t.Errorf("no menu item with shortcut %s", k)
		}
	}

	test.Type(w.editor.body, "Kopieer mij")
	w.copyPost()
	if got := w.app.Clipboard().Content(); got != "Kopieer mij" {
		t.Errorf("clipboard holds %q", got)
	}
	first := w.editor.draft.ID

	// The older draft is open when the window closes; it comes back,
	// although another draft is newer.
	w.newDraft()
	test.Type(w.editor.body, "Tweede")
	w.list.list.Select(indexOf(w.list.items, first))
	w.mainSplit.SetOffset(0.3)
	w.close()
	store.Close()
	w2, _ := openTestWindow(t, dir)
	if w2.editor.draft.ID != first || w2.list.items[0].ID == first {
		t.Errorf("reopened draft %d, want %d (not the newest)", w2.editor.draft.ID, first)
	}
	if w2.mainSplit.Offset < 0.29 || w2.mainSplit.Offset > 0.31 {
		t.Errorf("split offset %v, want 0.3", w2.mainSplit.Offset)
	}
}

func TestSpellingSuggestionReplacesTheWord(t *testing.T) {
	w, _ := newTestWindow(t, t.TempDir())
	eventually(t, "the speller", func() bool { return w.speller != nil })
	w.editor.body.SetText("Morgen publiceren we het jaarverslg.")
	eventually(t, "a spelling finding", func() bool { return hasRule(w.findings.shown, "spelling") })
	var f checker.Finding
	for _, x := range w.findings.shown {
		if x.Rule == "spelling" {
			f = x
		}
	}
	if f.Text != "jaarverslg" || len(f.Suggestions) == 0 || f.Suggestions[0] != "jaarverslag" {
		t.Fatalf("spelling finding %+v", f)
	}
	test.Tap(findButton(t, w.findings.box, T("findings.apply", "“jaarverslag”")))
	if w.editor.body.Text != "Morgen publiceren we het jaarverslag." {
		t.Fatalf("after replacing: %q", w.editor.body.Text)
	}
	eventually(t, "a clean post", func() bool { return !hasRule(w.findings.shown, "spelling") })
}

func TestFindingsWorkByKeyboard(t *testing.T) {
	w, _ := newTestWindow(t, t.TempDir())
	w.editor.body.SetText("Hallo allemaal,\nDit is strikt vertrouwelijk.")
	eventually(t, "a confidential finding", func() bool { return hasRule(w.findings.shown, "confidential-wording") })
	card := findTapArea(t, w.findings.box)
	w.win.Canvas().Focus(card)
	if w.win.Canvas().Focused() != card {
		t.Fatal("a finding cannot take the keyboard focus")
	}
	card.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if w.editor.body.CursorRow != 1 || w.editor.body.CursorColumn != 7 || w.win.Canvas().Focused() != w.editor.body {
		t.Fatalf("Enter on a finding: cursor %d:%d", w.editor.body.CursorRow, w.editor.body.CursorColumn)
	}
}

// A huge paste is checked and shown without freezing: the sidebar draws at
// most maxShown findings and the preview says it shows only the start.
func TestHugePaste(t *testing.T) {
	w, store := newTestWindow(t, t.TempDir())
	text := strings.Repeat("WAT EEN ONZIN!!! Met kortingscode X krijg je korting. ", 2000) // 110,000 characters
	w.editor.body.SetText(text)
	eventually(t, "findings for the paste", func() bool { return len(w.findings.shown) > maxShown })
	cards := 0
	walk(w.findings.box, func(o fyne.CanvasObject) bool {
		if _, ok := o.(*tapArea); ok {
			cards++
		}
		return true
	})
	if cards != maxShown || !containsText(w.findings.box, "En nog") {
		t.Errorf("%d cards drawn for %d findings", cards, len(w.findings.shown))
	}
	last := w.editor.preview.text.Segments[len(w.editor.preview.text.Segments)-1].(*widget.TextSegment)
	if !strings.Contains(last.Text, T("preview.truncated")) {
		t.Errorf("the preview does not say it is cut short: %q", last.Text)
	}
	w.editor.saveNow()
	if d, _ := store.Get(w.editor.draft.ID); d.Body != text {
		t.Errorf("the paste was saved with %d of %d bytes", len(d.Body), len(text))
	}
}
