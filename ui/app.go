// Package ui is the Postwijs window: a thin Fyne layer over the checker,
// drafts and assets packages. It holds no policy knowledge of its own.
package ui

import (
	"errors"
	"os"
	"os/signal"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"postwijs/assets"
	"postwijs/drafts"
	"postwijs/settings"
)

// AppID identifies Postwijs to the desktop (preferences, notifications).
const AppID = "nl.postwijs.app"

// Config is what the command line hands the window.
type Config struct {
	DataDir string
	Locale  string // "nl" or "en"
	// LocaleForced: POSTWIJS_LANG chose the language, over the setting.
	LocaleForced bool
}

// Run opens the window and returns when the user closes it.
func Run(cfg Config) error {
	a := app.NewWithID(AppID)
	if icon, err := assets.FS.ReadFile("icon.png"); err == nil {
		a.SetIcon(fyne.NewStaticResource("icon.png", icon))
	}
	locale := setLocale(chooseLocale(cfg))
	useFyneLocale(locale)
	store, err := drafts.Open(cfg.DataDir)
	if err != nil {
		showStoreError(a, err)
		return err
	}
	defer store.Close()
	w := New(a, store, locale)
	saveOnSignal(a, w)
	w.win.ShowAndRun()
	return nil
}

// saveOnSignal saves the open draft and quits when the system asks the app
// to stop (logging out, shutting down, Ctrl+C in a terminal).
func saveOnSignal(a fyne.App, w *Window) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sigs
		fyne.Do(w.quit)
	}()
}

// chooseLocale is the interface language: POSTWIJS_LANG, else the
// language chosen in the settings, else the system's.
func chooseLocale(cfg Config) string {
	if !cfg.LocaleForced {
		if s, err := settings.Load(settings.Path(cfg.DataDir)); err == nil && s.User.Language != "" {
			return s.User.Language
		}
	}
	return cfg.Locale
}

// useFyneLocale makes Fyne's own texts (dialog buttons, the file dialog)
// speak the interface language: Fyne picks its language from the
// environment when translations are added, and ships no Dutch of its own.
func useFyneLocale(locale string) {
	os.Setenv("LANGUAGE", locale)
	if err := lang.AddTranslationsFS(assets.FS, "fyne"); err != nil {
		fyne.LogError("Dutch translations of Fyne's texts", err)
	}
}

// showStoreError tells the user, in a window of its own, why the drafts
// cannot be opened; nothing is changed on disk.
func showStoreError(a fyne.App, err error) {
	msg := T("store.error", err)
	switch {
	case errors.Is(err, drafts.ErrNewerSchema):
		msg = T("store.newer", err)
	case errors.Is(err, drafts.ErrLocked):
		msg = T("store.locked", err)
	}
	w := a.NewWindow("Postwijs")
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewBorder(nil, widget.NewButton(T("action.close"), w.Close), nil, nil, label))
	w.Resize(fyne.NewSize(560, 220))
	w.ShowAndRun()
}
