package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tapArea makes any content tappable, with a pointer cursor, and reachable
// by keyboard: Tab focuses it, Enter or Space acts as a tap. Buttons inside
// it still receive their own taps.
type tapArea struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onTap   func()
	outline *canvas.Rectangle // shows keyboard focus
}

func newTapArea(content fyne.CanvasObject, onTap func()) *tapArea {
	t := &tapArea{content: content, onTap: onTap, outline: canvas.NewRectangle(color.Transparent)}
	t.outline.StrokeWidth = 2
	t.outline.CornerRadius = theme.InputRadiusSize()
	t.ExtendBaseWidget(t)
	return t
}

func (t *tapArea) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(t.content, t.outline))
}

func (t *tapArea) Tapped(*fyne.PointEvent) { t.onTap() }

func (t *tapArea) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (t *tapArea) FocusGained() {
	t.outline.StrokeColor = theme.Color(theme.ColorNameFocus)
	t.outline.Refresh()
}

func (t *tapArea) FocusLost() {
	t.outline.StrokeColor = color.Transparent
	t.outline.Refresh()
}

func (t *tapArea) TypedRune(r rune) {
	if r == ' ' {
		t.onTap()
	}
}

func (t *tapArea) TypedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter {
		t.onTap()
	}
}
