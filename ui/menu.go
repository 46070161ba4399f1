package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// shortcut is a key with the platform's main modifier (Ctrl, or Cmd on a Mac).
func shortcut(k fyne.KeyName, shift bool) fyne.Shortcut {
	m := fyne.KeyModifierShortcutDefault
	if shift {
		m |= fyne.KeyModifierShift
	}
	return &desktop.CustomShortcut{KeyName: k, Modifier: m}
}

func menuItem(key string, s fyne.Shortcut, action func()) *fyne.MenuItem {
	it := fyne.NewMenuItem(T(key), action)
	it.Shortcut = s
	return it
}

// buildMenu is the main menu. Its shortcuts work while the editor has the
// focus, which shortcuts added to the canvas do not.
func (w *Window) buildMenu() *fyne.MainMenu {
	quit := menuItem("menu.quit", shortcut(fyne.KeyQ, false), w.quit)
	quit.IsQuit = true
	file := fyne.NewMenu(T("menu.file"),
		menuItem("menu.new", shortcut(fyne.KeyN, false), w.newDraft),
		menuItem("menu.save", shortcut(fyne.KeyS, false), w.saveNowVisibly),
		menuItem("menu.copy", shortcut(fyne.KeyC, true), w.copyPost),
		fyne.NewMenuItemSeparator(),
		menuItem("menu.import", nil, w.importDrafts),
		menuItem("menu.exportjson", nil, w.exportJSON),
		menuItem("menu.exportmd", nil, w.exportMarkdown),
		menuItem("menu.backup", nil, w.backup),
		fyne.NewMenuItemSeparator(),
		menuItem("menu.reply", nil, w.showReplyCheck),
		menuItem("menu.settings", nil, w.showSettings),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	edit := fyne.NewMenu(T("menu.edit"),
		menuItem("menu.search", shortcut(fyne.KeyF, false), w.focusSearch),
		menuItem("menu.duplicate", nil, w.askDuplicate),
		menuItem("menu.history", nil, w.showHistory),
		menuItem("menu.delete", nil, w.deleteDraft),
	)
	view := fyne.NewMenu(T("menu.view"),
		menuItem("menu.findings", &desktop.CustomShortcut{KeyName: fyne.KeyF2}, func() { w.tabs.SelectIndex(0) }),
		menuItem("menu.policy", &desktop.CustomShortcut{KeyName: fyne.KeyF1}, func() { w.tabs.SelectIndex(1) }),
		fyne.NewMenuItemSeparator(),
		menuItem("menu.theme.system", nil, func() { w.setTheme("system") }),
		menuItem("menu.theme.light", nil, func() { w.setTheme("light") }),
		menuItem("menu.theme.dark", nil, func() { w.setTheme("dark") }),
	)
	help := fyne.NewMenu(T("menu.help"),
		menuItem("menu.shortcuts", nil, w.showShortcuts),
		menuItem("menu.about", nil, w.showAbout),
	)
	return fyne.NewMainMenu(file, edit, view, help)
}

// saveNowVisibly is Ctrl+S: autosave already keeps everything, so this
// only reassures the user by saving at once and saying so.
func (w *Window) saveNowVisibly() {
	w.editor.dirty = true
	w.editor.saveNow()
}

// copyPost puts the post on the clipboard, ready to paste into the network.
func (w *Window) copyPost() {
	w.app.Clipboard().SetContent(w.editor.body.Text)
	w.setStatus(T("status.copied", w.editor.network.Selected))
}

func (w *Window) focusSearch() { w.win.Canvas().Focus(w.list.search) }

func (w *Window) quit() {
	w.close()
	w.app.Quit()
}

// showShortcuts lists the keyboard shortcuts.
func (w *Window) showShortcuts() {
	rows := [][2]string{
		{"Ctrl+N", T("menu.new")}, {"Ctrl+S", T("menu.save")}, {"Ctrl+Shift+C", T("menu.copy")},
		{"Ctrl+F", T("menu.search")}, {"F1", T("menu.policy")}, {"F2", T("menu.findings")},
		{"Ctrl+Q", T("menu.quit")}, {"Tab", T("shortcuts.tab")},
	}
	grid := container.NewGridWithColumns(2)
	for _, r := range rows {
		grid.Add(widget.NewLabelWithStyle(r[0], fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}))
		grid.Add(widget.NewLabel(r[1]))
	}
	dialog.ShowCustom(T("menu.shortcuts"), T("action.close"), grid, w.win)
}
