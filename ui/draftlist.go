package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"postwijs/checker"
	"postwijs/drafts"
)

// draftList is the left column: the saved drafts, newest first, a search
// field and the "new draft" button.
type draftList struct {
	w        *Window
	search   *widget.Entry
	status   *widget.Select // filter by status
	network  *widget.Select // filter by network
	bin      *widget.Check  // show the bin instead of the drafts
	emptyBin *widget.Button
	list     *widget.List
	items    []drafts.Draft
	content  fyne.CanvasObject
}

func newDraftList(w *Window) *draftList {
	l := &draftList{w: w}
	l.search = widget.NewEntry()
	l.search.SetPlaceHolder(T("drafts.search"))
	l.search.OnChanged = func(string) { l.refresh() }
	l.list = widget.NewList(
		func() int { return len(l.items) },
		func() fyne.CanvasObject {
			title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			title.Truncation = fyne.TextTruncateEllipsis
			meta := widget.NewLabel("")
			meta.Truncation = fyne.TextTruncateEllipsis
			meta.SizeName = theme.SizeNameCaptionText
			return container.NewVBox(title, meta)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			d := l.items[i]
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(displayTitle(d))
			box.Objects[1].(*widget.Label).SetText(draftMeta(d))
		},
	)
	l.list.OnSelected = func(i widget.ListItemID) {
		switch {
		case i >= len(l.items):
		case l.bin.Checked:
			w.askUndelete(l.items[i])
		case l.items[i].ID != w.editor.draft.ID:
			w.open(l.items[i])
		}
	}
	l.emptyBin = widget.NewButtonWithIcon(T("bin.empty"), theme.DeleteIcon(), w.askEmptyBin)
	l.emptyBin.Hide()
	l.bin = widget.NewCheck(T("bin.show"), func(on bool) {
		setVisible(l.emptyBin, on)
		l.refresh()
	})
	l.status = widget.NewSelect(append([]string{T("filter.allstatus")}, optionLabels("status", draftStatuses)...), nil)
	l.status.SetSelectedIndex(0)
	l.status.OnChanged = func(string) { l.refresh() }
	l.network = widget.NewSelect(append([]string{T("filter.allnetworks")}, networkNames()...), nil)
	l.network.SetSelectedIndex(0)
	l.network.OnChanged = func(string) { l.refresh() }
	newBtn := widget.NewButtonWithIcon(T("drafts.new"), theme.ContentAddIcon(), w.newDraft)
	newBtn.Importance = widget.HighImportance
	header := widget.NewLabelWithStyle(T("drafts.heading"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	settingsBtn := widget.NewButtonWithIcon(T("settings.title"), theme.SettingsIcon(), w.showSettings)
	replyBtn := widget.NewButtonWithIcon(T("reply.title"), theme.MailReplyIcon(), w.showReplyCheck)
	footer := container.NewVBox(l.bin, l.emptyBin, replyBtn, settingsBtn)
	filters := container.NewGridWithColumns(2, l.status, l.network)
	l.content = container.NewBorder(container.NewVBox(header, newBtn, l.search, filters), footer, nil, nil, l.list)
	return l
}

// refresh reloads the list for the search text and selects the open draft.
func (l *draftList) refresh() {
	items, err := l.w.store.Find(l.filter())
	if err != nil {
		l.w.setStatus(T("error.list", err))
		return
	}
	l.items = items
	l.list.Refresh()
	l.selectCurrent()
}

// filter is what the search field, the filters and the bin switch ask for.
func (l *draftList) filter() drafts.ListFilter {
	f := drafts.ListFilter{Query: l.search.Text, Deleted: l.bin.Checked}
	if i := l.status.SelectedIndex(); i > 0 {
		f.Status = draftStatuses[i-1]
	}
	if i := l.network.SelectedIndex(); i > 0 {
		f.Network = checker.Networks[i-1].ID
	}
	return f
}

// draftMeta is the line under a draft's title: network, status, date.
func draftMeta(d drafts.Draft) string {
	meta := checker.NetworkByIDOrDefault(d.Network).Name + " · " + optionLabel("status", d.Status, draftStatuses)
	if d.Status == drafts.StatusGeplaatst && !d.PostedAt.IsZero() {
		return meta + " " + d.PostedAt.Local().Format("02-01-2006")
	}
	return meta + " · " + d.Updated.Local().Format("02-01-2006 15:04")
}

// selectCurrent selects the open draft in the list.
func (l *draftList) selectCurrent() {
	if l.bin.Checked { // selecting in the bin asks to restore
		l.list.UnselectAll()
		return
	}
	for i, d := range l.items {
		if d.ID == l.w.editor.draft.ID {
			l.list.Select(i)
			return
		}
	}
	l.list.UnselectAll()
}

// saved shows a draft that was just saved. Saving makes it the newest, so
// when it already heads the list only its row is redrawn: a full reload
// of thousands of drafts after every autosave would stall typing.
func (l *draftList) saved(d drafts.Draft) {
	unfiltered := l.search.Text == "" && l.status.SelectedIndex() == 0 && l.network.SelectedIndex() == 0 && !l.bin.Checked
	if unfiltered && len(l.items) > 0 && l.items[0].ID == d.ID {
		l.items[0] = d
		l.list.RefreshItem(0)
		return
	}
	l.refresh()
}

// displayTitle is the draft's title, else the start of its text.
func displayTitle(d drafts.Draft) string {
	if t := strings.TrimSpace(d.Title); t != "" {
		return t
	}
	body := strings.Join(strings.Fields(d.Body), " ")
	if body == "" {
		return T("drafts.untitled")
	}
	if r := []rune(body); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return body
}
