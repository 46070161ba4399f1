package ui

import (
	"fmt"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"postwijs/checker"
	"postwijs/drafts"
)

// Delays between the last keystroke and the work it causes.
var (
	checkDelay = 150 * time.Millisecond
	saveDelay  = time.Second
	// idleDelay: once typing has stopped this long, the memory that
	// checks, layout and (at start-up) loading the dictionaries left
	// behind goes back to the system. Go returns it only slowly by
	// itself, and an editor left open all day should not hold it; a
	// collection of this heap takes a few milliseconds, unnoticed by then.
	idleDelay = 3 * time.Second
)

// runOnUI hands work from a background goroutine to the UI goroutine.
// Tests replace it with a queue they drain on their own goroutine.
var runOnUI = fyne.Do

// editor is the middle column: title, network, the post, its length
// against the network's limit, and the annotated preview.
type editor struct {
	w       *Window
	draft   drafts.Draft // as last loaded or saved
	loading bool         // set while widgets are filled from a draft
	dirty   bool         // typed since the last save

	title   *widget.Entry
	network *widget.Select
	status  *widget.Select // concept, klaar, geplaatst
	lang    *widget.Select // the post's language: detect, Dutch, English
	body    *widget.Entry
	counter *widget.Label
	reading *widget.Label // readability score, point 18
	preview *preview
	content fyne.CanvasObject

	checks, saves debouncer
	idle          debouncer // hands memory back once typing has stopped
}

func newEditor(w *Window) *editor {
	e := &editor{w: w, checks: debouncer{delay: checkDelay}, saves: debouncer{delay: saveDelay},
		idle: debouncer{delay: idleDelay}}
	e.title = widget.NewEntry()
	e.title.SetPlaceHolder(T("editor.title.placeholder"))
	e.title.OnChanged = func(string) { e.changed() }
	e.network = widget.NewSelect(networkNames(), func(string) { e.changed(); e.recheck() })
	e.body = widget.NewMultiLineEntry()
	e.body.Wrapping = fyne.TextWrapWord
	e.body.SetPlaceHolder(T("editor.body.placeholder"))
	e.body.OnChanged = func(string) { e.changed(); e.recheck() }
	e.counter = widget.NewLabel("")
	e.reading = widget.NewLabel("")
	e.preview = newPreview()
	e.status = widget.NewSelect(optionLabels("status", draftStatuses), func(string) { e.changed() })
	e.lang = widget.NewSelect(optionLabels("lang", postLangs), func(string) { e.changed(); e.recheck() })
	bar := container.NewBorder(nil, nil, widget.NewLabel(T("editor.network")), container.NewHBox(e.reading, e.counter), e.network)
	meta := container.NewBorder(nil, nil, nil, w.draftActions(), container.NewGridWithColumns(2, e.status, e.lang))
	top := container.NewVBox(e.title, bar, meta)
	previewBox := container.NewBorder(widget.NewLabelWithStyle(T("editor.preview"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, e.preview.content)
	split := container.NewVSplit(e.body, previewBox)
	split.Offset = 0.6
	e.content = container.NewBorder(top, nil, nil, nil, split)
	return e
}

func networkNames() []string {
	var out []string
	for _, n := range checker.Networks {
		out = append(out, n.Name)
	}
	return out
}

// networkID is the id of the chosen network.
func (e *editor) networkID() string {
	for _, n := range checker.Networks {
		if n.Name == e.network.Selected {
			return n.ID
		}
	}
	return checker.DefaultNetwork
}

// load fills the widgets from a draft without marking it as changed.
func (e *editor) load(d drafts.Draft) {
	e.cancelPending()
	e.loading = true
	e.draft = d
	e.title.SetText(d.Title)
	e.network.SetSelected(checker.NetworkByIDOrDefault(d.Network).Name)
	e.status.SetSelected(optionLabel("status", d.Status, draftStatuses))
	e.lang.SetSelected(optionLabel("lang", d.Lang, postLangs))
	e.body.SetText(d.Body)
	e.body.CursorRow, e.body.CursorColumn = 0, 0
	e.body.Refresh()
	e.loading = false
	e.dirty = false
	e.recheck()
}

func (e *editor) isEmpty() bool {
	return strings.TrimSpace(e.title.Text) == "" && strings.TrimSpace(e.body.Text) == ""
}

// changed marks the draft as typed in and schedules the autosave.
func (e *editor) changed() {
	e.updateCounter()
	if e.loading {
		return
	}
	e.dirty = true
	e.saves.Trigger(func(func() bool) { runOnUI(e.saveNow) })
}

// saveNow writes the draft if anything changed. It runs on the UI
// goroutine; a failed save keeps the text in the window and tries again
// at the next change.
func (e *editor) saveNow() {
	if !e.dirty || e.draft.ID == 0 {
		return
	}
	d := e.draft
	d.Title, d.Body, d.Network = e.title.Text, e.body.Text, e.networkID()
	d.Status = optionID("status", e.status.Selected, draftStatuses)
	d.Lang = optionID("lang", e.lang.Selected, postLangs)
	saved, err := e.w.store.Save(d)
	if err != nil {
		e.w.setStatus(T("status.savefailed", err))
		return
	}
	e.draft, e.dirty = saved, false
	e.w.setStatus(T("status.saved", saved.Updated.Local().Format("15:04:05")))
	e.w.list.saved(saved)
}

// cancelPending drops a scheduled check and save (when switching drafts,
// after saving, or when the draft is deleted).
func (e *editor) cancelPending() {
	e.checks.Cancel()
	e.saves.Cancel()
}

// recheck schedules the live check of the current text. The check runs off
// the UI goroutine; a result for text that has changed since is dropped.
func (e *editor) recheck() {
	text, opts := e.body.Text, e.w.checkOptions(e.networkID())
	opts.Lang = optionID("lang", e.lang.Selected, postLangs)
	opts.Ignore = e.draft.Ignored
	e.idle.Trigger(func(func() bool) { debug.FreeOSMemory() })
	e.checks.Trigger(func(stale func() bool) {
		d := checker.NewDoc(text, opts)
		fs := checker.CheckDoc(d)
		score, ok := checker.Readability(d)
		runOnUI(func() {
			if !stale() && e.body.Text == text {
				e.show(text, fs)
				e.showReadability(score, ok)
			}
		})
	})
}

// show renders the findings in the sidebar and the preview.
func (e *editor) show(text string, fs []checker.Finding) {
	e.preview.render(text, fs)
	e.w.findings.render(text, fs)
}

// showReadability shows the score with a word for it, or nothing for a
// post too short to score.
func (e *editor) showReadability(score float64, ok bool) {
	if !ok {
		e.reading.SetText("")
		return
	}
	level := "easy"
	switch {
	case score < 30:
		level = "hard"
	case score < 60:
		level = "fair"
	}
	e.reading.SetText(T("editor.readability", score, T("readability."+level)))
}

// updateCounter shows the length against the chosen network's limit.
func (e *editor) updateCounter() {
	n := checker.NetworkByIDOrDefault(e.networkID())
	length := n.Length(e.body.Text)
	e.counter.SetText(fmt.Sprintf("%d / %d", length, n.Limit))
	switch {
	case length > n.Limit:
		e.counter.Importance = widget.DangerImportance
	case length*10 > n.Limit*9:
		e.counter.Importance = widget.WarningImportance
	default:
		e.counter.Importance = widget.MediumImportance
	}
	e.counter.Refresh()
}

// moveCursor puts the editor's cursor at a byte offset of the text and
// gives the editor the focus.
func (e *editor) moveCursor(offset int) {
	text := e.body.Text
	if offset > len(text) {
		offset = len(text)
	}
	before := text[:offset]
	e.body.CursorRow = strings.Count(before, "\n")
	e.body.CursorColumn = utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:])
	e.body.Refresh()
	e.w.win.Canvas().Focus(e.body)
}

// replace puts a suggestion in place of a finding's span, if the text
// there is still what the finding was about.
func (e *editor) replace(f checker.Finding, with string) {
	text := e.body.Text
	if f.End > len(text) || text[f.Start:f.End] != f.Text {
		return // the text changed since the check; a new check is on its way
	}
	e.body.SetText(text[:f.Start] + with + text[f.End:])
	e.moveCursor(f.Start + len(with))
}
