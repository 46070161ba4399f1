package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"postwijs/assets"
)

// Version is set at build time with -ldflags "-X postwijs/ui.Version=…".
var Version = "0.1.0"

// showAbout shows the version, the privacy statement and the licences of
// what Postwijs is built from.
func (w *Window) showAbout() {
	licences, _ := assets.FS.ReadFile("licences.txt")
	text := widget.NewLabel(string(licences))
	text.Wrapping = fyne.TextWrapWord
	head := widget.NewLabelWithStyle("Postwijs "+Version, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	privacy := widget.NewLabel(T("about.privacy"))
	privacy.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(container.NewVBox(head, privacy, widget.NewSeparator()), nil, nil, nil, container.NewVScroll(text))
	d := dialog.NewCustom(T("menu.about"), T("action.close"), content, w.win)
	d.Resize(fyne.NewSize(640, 560))
	d.Show()
}
