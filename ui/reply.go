package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"postwijs/checker"
)

// replyCheck checks a pasted comment or reply with the tone rules (policy
// point 16: replies on your own post stay as respectful as the post).
type replyCheck struct {
	w       *Window
	entry   *widget.Entry
	results *fyne.Container
	checks  debouncer
	shown   []checker.Finding
}

// tonePoints are the policy points whose rules judge tone and respect.
var tonePoints = map[int]bool{7: true, 8: true, 10: true, 12: true}

func (w *Window) showReplyCheck() {
	rc := &replyCheck{w: w, entry: widget.NewMultiLineEntry(), results: container.NewVBox(), checks: debouncer{delay: checkDelay}}
	rc.entry.Wrapping = fyne.TextWrapWord
	rc.entry.SetPlaceHolder(T("reply.placeholder"))
	rc.entry.SetMinRowsVisible(6)
	rc.entry.OnChanged = rc.changed
	intro := widget.NewLabel(T("reply.intro"))
	intro.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(container.NewVBox(intro, rc.entry), nil, nil, nil, container.NewVScroll(rc.results))
	d := dialog.NewCustom(T("reply.title"), T("action.close"), content, w.win)
	d.Resize(fyne.NewSize(640, 560))
	d.Show()
	w.reply = rc
	w.win.Canvas().Focus(rc.entry)
}

func (rc *replyCheck) changed(text string) {
	opts := rc.w.checkOptions("")
	rc.checks.Trigger(func(stale func() bool) {
		fs := toneFindings(checker.Check(text, opts))
		runOnUI(func() {
			if !stale() && rc.entry.Text == text {
				rc.render(fs)
			}
		})
	})
}

func toneFindings(fs []checker.Finding) []checker.Finding {
	var out []checker.Finding
	for _, f := range fs {
		if tonePoints[f.Point] {
			out = append(out, f)
		}
	}
	return out
}

func (rc *replyCheck) render(fs []checker.Finding) {
	rc.shown = fs
	var objs []fyne.CanvasObject
	if len(fs) == 0 {
		objs = append(objs, widget.NewLabel(T("reply.none")))
	}
	for _, f := range fs {
		head := widget.NewLabelWithStyle(T("findings.point", f.Point, severityName(f.Severity))+"  "+excerpt(f.Text), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		msg := widget.NewLabel(f.Message)
		msg.Wrapping = fyne.TextWrapWord
		objs = append(objs, container.NewBorder(nil, nil, widget.NewIcon(severityIcon(f.Severity)), nil, head), msg)
	}
	rc.results.Objects = objs
	rc.results.Refresh()
}
