package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"postwijs/assets"
	"postwijs/checker"
	"postwijs/drafts"
	"postwijs/settings"
	"postwijs/spelling"
)

// Window is the main Postwijs window: drafts on the left, the editor in
// the middle, findings and the policy on the right.
type Window struct {
	app    fyne.App
	win    fyne.Window
	store  *drafts.Store
	locale string
	policy assets.Policy

	editor   *editor
	list     *draftList
	findings *findingsPanel
	policyUI *policyPanel
	tabs     *container.AppTabs
	status   *widget.Label

	settings       settings.Settings
	settingsDialog dialog.Dialog // open settings or first-run dialog, if any
	settingsForm   *settingsForm
	reply          *replyCheck // the open reply check, if any

	mainSplit, rightSplit *container.Split

	speller   *spelling.Speller   // nil until loaded in the background
	userWords map[string][]string // the user's dictionary, by language
}

// New builds the window for a store and shows the newest draft, or a new
// one when there is none.
func New(a fyne.App, store *drafts.Store, locale string) *Window {
	w := &Window{app: a, win: a.NewWindow("Postwijs"), store: store, locale: setLocale(locale)}
	w.policy, _ = assets.LoadPolicy(w.locale) // embedded; a test proves it loads
	w.status = widget.NewLabel("")
	w.loadSettings()
	w.editor = newEditor(w)
	w.list = newDraftList(w)
	w.findings = newFindingsPanel(w)
	w.policyUI = newPolicyPanel(w.policy)
	w.policyUI.setOrgPolicy(w.settings.Organisation.Name, w.settings.Policy.Text)
	w.tabs = container.NewAppTabs(
		container.NewTabItem(T("tab.findings"), w.findings.content),
		container.NewTabItem(T("tab.policy"), w.policyUI.content),
	)
	w.rightSplit = container.NewHSplit(w.editor.content, w.tabs)
	w.mainSplit = container.NewHSplit(w.list.content, w.rightSplit)
	w.win.SetContent(container.NewBorder(nil, w.status, nil, nil, w.mainSplit))
	w.win.SetMainMenu(w.buildMenu())
	w.restoreState(w.mainSplit, w.rightSplit)
	w.win.SetCloseIntercept(w.close)
	w.openInitial()
	w.warnIfRecovered()
	if !w.settings.User.SetupDone {
		w.showFirstRun()
	}
	w.userWords = loadUserWords(store)
	go w.loadSpeller()
	return w
}

// loadUserWords reads the user's dictionary by language, for the speller.
func loadUserWords(store *drafts.Store) map[string][]string {
	words, err := store.Words()
	if err != nil {
		return nil
	}
	out := map[string][]string{}
	for _, w := range words {
		langs := []string{w.Lang}
		if w.Lang == "" { // a word for every language
			langs = postLangs[1:]
		}
		for _, l := range langs {
			out[l] = append(out[l], w.Word)
		}
	}
	return out
}

// loadSpeller reads the dictionaries off the UI goroutine, so the window
// appears at once; the post is checked again when spelling is ready.
func (w *Window) loadSpeller() {
	s, err := spelling.Load(spelling.Options{UserWords: w.userWords})
	s.HasDutchForms() // builds the verb forms of the grammar rules here, not in the first check
	runOnUI(func() {
		w.speller = s
		if err != nil {
			w.setStatus(err.Error())
		}
		w.editor.recheck()
	})
}

// Window returns the Fyne window, for tests and the command.
func (w *Window) Window() fyne.Window { return w.win }

// openInitial opens the draft that was open last time, else the newest;
// on the very first start an example draft shows what Postwijs does.
func (w *Window) openInitial() {
	list, err := w.store.List("")
	switch {
	case err == nil && len(list) > 0:
		w.open(pickDraft(list, int64(w.app.Preferences().Int(prefDraft))))
	case !w.settings.User.SetupDone:
		w.newExampleDraft()
	default:
		w.newDraft()
	}
	w.win.Canvas().Focus(w.editor.body)
}

// pickDraft is the draft with the given id, or the newest.
func pickDraft(list []drafts.Draft, id int64) drafts.Draft {
	for _, d := range list {
		if d.ID == id {
			return d
		}
	}
	return list[0]
}

// newExampleDraft starts with a post that shows several kinds of finding.
func (w *Window) newExampleDraft() {
	d, err := w.store.Create(drafts.Draft{Title: T("example.title"), Body: T("example.body"), Network: "linkedin"})
	if err != nil {
		w.newDraft()
		return
	}
	w.open(d)
}

// open shows a draft in the editor after saving the one that was open.
func (w *Window) open(d drafts.Draft) {
	w.editor.saveNow()
	w.editor.load(d)
	w.list.refresh()
}

// newDraft starts an empty draft, unless the open one is still empty.
func (w *Window) newDraft() {
	if w.editor.isEmpty() && w.editor.draft.ID != 0 {
		w.win.Canvas().Focus(w.editor.body)
		return
	}
	w.editor.saveNow()
	d, err := w.store.Create(drafts.Draft{Network: w.editor.networkID()})
	if err != nil {
		w.showError(T("error.create"), err)
		return
	}
	w.open(d)
	w.win.Canvas().Focus(w.editor.body)
}

// deleteDraft asks for confirmation, then removes the open draft and shows
// the next one.
func (w *Window) deleteDraft() {
	d := w.editor.draft
	name := displayTitle(d)
	dialog.ShowConfirm(T("delete.title"), T("delete.question", name), func(ok bool) {
		if ok {
			w.removeDraft(d)
		}
	}, w.win)
}

// removeDraft deletes a draft for good and opens the newest other one.
func (w *Window) removeDraft(d drafts.Draft) {
	w.editor.cancelPending()
	if err := w.store.Delete(d.ID); err != nil {
		w.showError(T("error.delete"), err)
		return
	}
	w.editor.draft, w.editor.dirty = drafts.Draft{}, false
	w.openInitial()
}

// checkOptions are the checker's options for the open draft: the network,
// the interface language and the organisation's settings.
func (w *Window) checkOptions(network string) checker.Options {
	opts := checker.Options{
		Network:  network,
		Locale:   w.locale,
		Org:      w.settings.Organisation,
		Disabled: w.settings.Checks.Disabled,
	}
	if w.speller != nil { // a nil *Speller in the interface would not be nil
		opts.Speller = w.speller
	}
	return opts
}

// showPolicyPoint switches to the policy tab at point n.
func (w *Window) showPolicyPoint(n int) {
	w.tabs.SelectIndex(1)
	w.policyUI.show(n)
}

// close saves the open draft and the window's state before it goes.
func (w *Window) close() {
	w.editor.saveNow()
	w.saveState()
	w.win.Close()
}

func (w *Window) setStatus(s string) { w.status.SetText(s) }

func (w *Window) showError(what string, err error) {
	w.setStatus(what + ": " + err.Error())
	dialog.ShowError(errorWithContext(what, err), w.win)
}

// warnIfRecovered tells the user that a damaged database was moved aside.
func (w *Window) warnIfRecovered() {
	if p := w.store.Recovered(); p != "" {
		dialog.ShowInformation(T("recovered.title"), T("recovered.message", p), w.win)
	}
}
