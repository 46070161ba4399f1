package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"postwijs/checker"
	"postwijs/drafts"
)

// draftActions are the icons above the editor: copy, duplicate for another
// network, history and delete. Icons keep the editor narrow; the same
// actions stand, with their names and shortcuts, in the menus.
func (w *Window) draftActions() fyne.CanvasObject {
	return widget.NewToolbar(
		widget.NewToolbarAction(theme.ContentCopyIcon(), w.copyPost),
		widget.NewToolbarAction(theme.ContentAddIcon(), w.askDuplicate),
		widget.NewToolbarAction(theme.HistoryIcon(), w.showHistory),
		widget.NewToolbarAction(theme.DeleteIcon(), w.deleteDraft),
	)
}

// askDuplicate copies the open draft for a network the user picks.
func (w *Window) askDuplicate() {
	pick := widget.NewSelect(networkNames(), nil)
	pick.SetSelected(w.editor.network.Selected)
	dialog.ShowForm(T("duplicate.title"), T("action.duplicate"), T("action.cancel"),
		[]*widget.FormItem{widget.NewFormItem(T("editor.network"), pick)}, func(ok bool) {
			if ok {
				w.duplicate(networkIDsOf([]string{pick.Selected}))
			}
		}, w.win)
}

func (w *Window) duplicate(networks []string) {
	network := checker.DefaultNetwork
	if len(networks) > 0 {
		network = networks[0]
	}
	w.editor.saveNow()
	d, err := w.store.Duplicate(w.editor.draft.ID, network)
	if err != nil {
		w.showError(T("error.duplicate"), err)
		return
	}
	w.open(d)
	w.setStatus(T("status.duplicated", checker.NetworkByIDOrDefault(network).Name))
}

// ignoreFinding hides a finding in this draft; the draft remembers it.
func (w *Window) ignoreFinding(f checker.Finding) {
	e := w.editor
	e.draft.Ignored = append(e.draft.Ignored, f.Key())
	e.dirty = true
	e.saveNow()
	e.recheck()
}

// addToDictionary makes a word known from now on, in every draft.
func (w *Window) addToDictionary(word string) {
	lang := optionID("lang", w.editor.lang.Selected, postLangs)
	if lang == "" {
		lang = checker.DetectLanguage(checker.Tokenize(w.editor.body.Text))
	}
	if err := w.store.AddWord(word, lang); err != nil {
		w.showError(T("error.addword"), err)
		return
	}
	if w.speller != nil {
		w.speller.AddWord(word, lang)
	}
	w.setStatus(T("status.wordadded", word))
	w.editor.recheck()
}

// showHistory lists the open draft's earlier versions; one can be compared
// with the current text and put back.
func (w *Window) showHistory() {
	w.editor.saveNow()
	revs, err := w.store.Revisions(w.editor.draft.ID)
	if err != nil {
		w.showError(T("error.history"), err)
		return
	}
	if len(revs) == 0 {
		dialog.ShowInformation(T("action.history"), T("history.none"), w.win)
		return
	}
	older, now := wrapped(""), wrapped(w.editor.body.Text)
	var chosen drafts.Revision
	list := widget.NewList(func() int { return len(revs) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(revisionLabel(revs[i]))
		})
	restore := widget.NewButton(T("history.restore"), func() {
		if d, err := w.store.Restore(w.editor.draft.ID, chosen.ID); err != nil {
			w.showError(T("error.history"), err)
		} else {
			w.open(d)
			w.setStatus(T("status.restored", chosen.Saved.Local().Format("02-01-2006 15:04")))
		}
	})
	restore.Disable()
	list.OnSelected = func(i widget.ListItemID) {
		chosen = revs[i]
		older.SetText(revs[i].Body)
		restore.Enable()
	}
	compare := container.NewGridWithColumns(2,
		container.NewBorder(boldLabel(T("history.then")), nil, nil, nil, container.NewVScroll(older)),
		container.NewBorder(boldLabel(T("history.now")), nil, nil, nil, container.NewVScroll(now)))
	content := container.NewBorder(nil, restore, nil, nil, container.NewHSplit(list, compare))
	d := dialog.NewCustom(T("action.history"), T("action.close"), content, w.win)
	d.Resize(fyne.NewSize(900, 560))
	d.Show()
	list.Select(0)
}

func revisionLabel(r drafts.Revision) string {
	first := strings.Join(strings.Fields(r.Body), " ")
	if runes := []rune(first); len(runes) > 30 {
		first = string(runes[:30]) + "…"
	}
	return fmt.Sprintf("%s  %s", r.Saved.Local().Format("02-01 15:04"), first)
}

func boldLabel(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// askUndelete offers to take a draft out of the bin.
func (w *Window) askUndelete(d drafts.Draft) {
	dialog.ShowConfirm(T("bin.restore.title"), T("bin.restore.question", displayTitle(d)), func(ok bool) {
		w.list.list.UnselectAll()
		if !ok {
			return
		}
		if err := w.store.Undelete(d.ID); err != nil {
			w.showError(T("error.undelete"), err)
			return
		}
		w.list.bin.SetChecked(false)
		if d, err := w.store.Get(d.ID); err == nil {
			w.open(d)
		}
	}, w.win)
}

// askEmptyBin removes the drafts in the bin for good, after asking.
func (w *Window) askEmptyBin() {
	dialog.ShowConfirm(T("bin.empty"), T("bin.empty.question"), func(ok bool) {
		if !ok {
			return
		}
		n, err := w.store.EmptyBin()
		if err != nil {
			w.showError(T("error.delete"), err)
			return
		}
		w.setStatus(T("status.binemptied", n))
		w.list.refresh()
	}, w.win)
}
