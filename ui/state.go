package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Preference keys for what the window remembers between runs.
const (
	prefWidth      = "window.width"
	prefHeight     = "window.height"
	prefListSplit  = "split.list"
	prefRightSplit = "split.right"
	prefDraft      = "draft.open"
	prefTheme      = "theme"
)

// restoreState gives the window the size, split positions and theme it had.
// Fyne offers no window position, so the position is left to the desktop.
func (w *Window) restoreState(main, right *container.Split) {
	p := w.app.Preferences()
	width := p.FloatWithFallback(prefWidth, 1280)
	height := p.FloatWithFallback(prefHeight, 800)
	w.win.Resize(fyne.NewSize(float32(width), float32(height)))
	main.Offset = p.FloatWithFallback(prefListSplit, 0.2)
	right.Offset = p.FloatWithFallback(prefRightSplit, 0.58)
	w.applyTheme(p.StringWithFallback(prefTheme, "system"))
}

// saveState remembers the window for the next start.
func (w *Window) saveState() {
	p := w.app.Preferences()
	size := w.win.Canvas().Size()
	if size.Width > 0 && size.Height > 0 {
		p.SetFloat(prefWidth, float64(size.Width))
		p.SetFloat(prefHeight, float64(size.Height))
	}
	p.SetFloat(prefListSplit, w.mainSplit.Offset)
	p.SetFloat(prefRightSplit, w.rightSplit.Offset)
	p.SetInt(prefDraft, int(w.editor.draft.ID))
}

// setTheme chooses light, dark or the system's choice, and remembers it.
func (w *Window) setTheme(name string) {
	w.app.Preferences().SetString(prefTheme, name)
	w.applyTheme(name)
}

func (w *Window) applyTheme(name string) {
	switch name {
	case "light":
		w.app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantLight})
	case "dark":
		w.app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantDark})
	default:
		w.app.Settings().SetTheme(theme.DefaultTheme())
	}
}

// variantTheme is the default theme held to one variant, whatever the
// system prefers.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}
