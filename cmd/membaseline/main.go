// Command membaseline opens the smallest window an editor like Postwijs
// can be built from in Fyne: a multi-line entry under a bold heading, at
// Postwijs's default size. scripts/measure-memory.sh measures it beside
// Postwijs, so the window's memory can be read against what the toolkit
// and the OpenGL driver take before any of Postwijs's own work.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("nl.postwijs.membaseline")
	w := a.NewWindow("Postwijs membaseline")
	heading := widget.NewLabelWithStyle("Concept", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	editor := widget.NewMultiLineEntry()
	editor.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewBorder(heading, nil, nil, nil, editor))
	w.Resize(fyne.NewSize(1280, 800))
	w.Canvas().Focus(editor)
	w.ShowAndRun()
}
