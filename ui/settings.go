package ui

import (
	"io"
	"path/filepath"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"postwijs/checker"
	"postwijs/settings"
)

// settingsForm edits the organisation settings; the first-run questions
// and the settings screen share it.
type settingsForm struct {
	name, aliases, terms, domains, brands, policy *widget.Entry
	networks, disabled                            *widget.CheckGroup
	spokesperson                                  *widget.Check
	language                                      *widget.Select
}

func newSettingsForm(s settings.Settings) *settingsForm {
	o := s.Organisation
	f := &settingsForm{
		name:         widget.NewEntry(),
		aliases:      multiLine(o.Aliases),
		terms:        multiLine(o.ConfidentialTerms),
		domains:      multiLine(o.InternalDomains),
		brands:       multiLine(o.WatchedBrands),
		policy:       widget.NewMultiLineEntry(),
		networks:     widget.NewCheckGroup(networkNames(), nil),
		disabled:     widget.NewCheckGroup(ruleIDs(), nil),
		spokesperson: widget.NewCheck(T("settings.spokesperson"), nil),
		language:     widget.NewSelect(optionLabels("uilang", uiLangs), nil),
	}
	f.language.SetSelected(optionLabel("uilang", s.User.Language, uiLangs))
	f.name.SetText(o.Name)
	f.policy.SetText(s.Policy.Text)
	f.policy.SetMinRowsVisible(4)
	f.networks.Horizontal = true
	f.networks.SetSelected(networkNamesOf(o.Networks))
	f.disabled.SetSelected(s.Checks.Disabled)
	f.spokesperson.SetChecked(o.Spokesperson)
	return f
}

func multiLine(lines []string) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.SetMinRowsVisible(2)
	text := ""
	for i, l := range lines {
		if i > 0 {
			text += "\n"
		}
		text += l
	}
	e.SetText(text)
	return e
}

// questions are the first-run questions: short, in the order a new user
// can answer them.
func (f *settingsForm) questions() []*widget.FormItem {
	return []*widget.FormItem{
		item("settings.q.name", f.name),
		item("settings.q.aliases", f.aliases),
		item("settings.q.spokesperson", f.spokesperson),
		item("settings.q.terms", f.terms),
		item("settings.q.domains", f.domains),
		item("settings.q.networks", f.networks),
		item("settings.q.brands", f.brands),
	}
}

// all is every field, for the settings screen.
func (f *settingsForm) all() []*widget.FormItem {
	return append(f.questions(),
		item("settings.q.policy", f.policy),
		item("settings.q.disabled", f.disabled),
		item("settings.q.language", f.language),
	)
}

func item(key string, w fyne.CanvasObject) *widget.FormItem {
	it := widget.NewFormItem(T(key), w)
	it.HintText = T(key + ".hint")
	return it
}

// apply returns s with the form's values.
func (f *settingsForm) apply(s settings.Settings) settings.Settings {
	s.Organisation = checker.Org{
		Name:              f.name.Text,
		Aliases:           settings.Lines(f.aliases.Text),
		ConfidentialTerms: settings.Lines(f.terms.Text),
		InternalDomains:   settings.Lines(f.domains.Text),
		Networks:          networkIDsOf(f.networks.Selected),
		WatchedBrands:     settings.Lines(f.brands.Text),
		Spokesperson:      f.spokesperson.Checked,
	}
	s.Checks.Disabled = append([]string(nil), f.disabled.Selected...)
	s.Policy.Text = f.policy.Text
	s.User.Language = optionID("uilang", f.language.Selected, uiLangs)
	return s
}

func ruleIDs() []string {
	var ids []string
	for _, r := range checker.Rules() {
		ids = append(ids, r.ID)
	}
	sort.Strings(ids)
	return ids
}

func networkNamesOf(ids []string) []string {
	var out []string
	for _, id := range ids {
		if n, ok := checker.NetworkByID(id); ok {
			out = append(out, n.Name)
		}
	}
	return out
}

func networkIDsOf(names []string) []string {
	var out []string
	for _, n := range checker.Networks {
		for _, name := range names {
			if n.Name == name {
				out = append(out, n.ID)
			}
		}
	}
	return out
}

// settingsPath is settings.toml beside the drafts database.
func (w *Window) settingsPath() string {
	return settings.Path(filepath.Dir(w.store.Path()))
}

// loadSettings reads the settings file; a broken file is reported and the
// defaults are used, so the app stays usable.
func (w *Window) loadSettings() {
	s, err := settings.Load(w.settingsPath())
	if err != nil {
		w.setStatus(T("settings.broken", err))
	}
	w.settings = s
}

// saveSettings stores new settings and checks the post again with them.
func (w *Window) saveSettings(s settings.Settings) error {
	if err := settings.Save(w.settingsPath(), s); err != nil {
		return err
	}
	w.settings = s
	w.policyUI.setOrgPolicy(s.Organisation.Name, s.Policy.Text)
	w.editor.recheck()
	return nil
}

// showSettings opens the settings screen.
func (w *Window) showSettings() {
	f := newSettingsForm(w.settings)
	// The theme belongs to this computer, not to the organisation's file:
	// it is kept in the app's preferences, like the window's size.
	theme := widget.NewSelect(optionLabels("theme", themes), nil)
	theme.SetSelected(optionLabel("theme", w.app.Preferences().StringWithFallback(prefTheme, "system"), themes))
	form := widget.NewForm(append(f.all(), item("settings.q.theme", theme))...)
	importBtn := widget.NewButton(T("settings.import"), func() { w.importSettings() })
	exportBtn := widget.NewButton(T("settings.export"), func() { w.exportSettings(f.apply(w.settings)) })
	content := container.NewBorder(nil, container.NewHBox(importBtn, exportBtn), nil, nil, container.NewVScroll(form))
	d := dialog.NewCustomConfirm(T("settings.title"), T("action.save"), T("action.cancel"), content, func(ok bool) {
		if !ok {
			return
		}
		w.setTheme(optionID("theme", theme.Selected, themes))
		before := w.settings.User.Language
		if err := w.saveSettings(f.apply(w.settings)); err != nil {
			dialog.ShowError(err, w.win)
		} else if w.settings.User.Language != before {
			// Fyne cannot change the language of a running window.
			dialog.ShowInformation(T("settings.title"), T("settings.languagenext"), w.win)
		}
	}, w.win)
	d.Resize(fyne.NewSize(760, 640))
	d.Show()
	w.settingsDialog, w.settingsForm = d, f
}

// showFirstRun asks the first-run questions once, on a new installation.
func (w *Window) showFirstRun() {
	f := newSettingsForm(w.settings)
	intro := widget.NewLabel(T("firstrun.intro"))
	intro.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(f.questions()...)
	importBtn := widget.NewButton(T("firstrun.import"), func() { w.importSettings() })
	content := container.NewBorder(intro, importBtn, nil, nil, container.NewVScroll(form))
	d := dialog.NewCustomConfirm(T("firstrun.title"), T("action.save"), T("firstrun.skip"), content, func(ok bool) {
		w.finishFirstRun(f, ok)
	}, w.win)
	d.Resize(fyne.NewSize(760, 640))
	d.Show()
	w.settingsDialog, w.settingsForm = d, f
}

// finishFirstRun stores the answers (or none, when skipped) and marks the
// questions as asked, so they do not come back.
func (w *Window) finishFirstRun(f *settingsForm, answered bool) {
	s := w.settings
	if answered {
		s = f.apply(s)
	}
	s.User.SetupDone = true
	if err := w.saveSettings(s); err != nil {
		dialog.ShowError(err, w.win)
	}
	w.settingsDialog, w.settingsForm = nil, nil
}

func (w *Window) importSettings() {
	dialog.ShowFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		defer r.Close()
		data, err := io.ReadAll(r)
		if err == nil {
			var s settings.Settings
			if s, err = settings.Parse(data, r.URI().Name()); err == nil {
				s.User = w.settings.User
				s.User.SetupDone = true
				err = w.saveSettings(s)
			}
		}
		if err != nil {
			dialog.ShowError(errorWithContext(T("settings.importfailed"), err), w.win)
			return
		}
		if w.settingsDialog != nil {
			w.settingsDialog.Hide()
		}
		dialog.ShowInformation(T("settings.title"), T("settings.imported", w.settings.Organisation.Name), w.win)
	}, w.win)
}

func (w *Window) exportSettings(s settings.Settings) {
	dialog.ShowFileSave(func(wr fyne.URIWriteCloser, err error) {
		if err != nil || wr == nil {
			return
		}
		defer wr.Close()
		s.User = settings.User{}
		data, err := settings.Marshal(s)
		if err == nil {
			_, err = wr.Write(data)
		}
		if err != nil {
			dialog.ShowError(errorWithContext(T("settings.exportfailed"), err), w.win)
		}
	}, w.win)
}
