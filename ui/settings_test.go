package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"postwijs/checker"
	"postwijs/settings"
)

func TestFirstRunQuestionsShapeTheChecks(t *testing.T) {
	dir := t.TempDir()
	w, store := openTestWindow(t, dir)
	if !strings.Contains(w.editor.body.Text, "kortingscode") {
		t.Errorf("the first start does not open the example draft: %q", w.editor.body.Text)
	}
	eventually(t, "findings on the example", func() bool { return len(w.findings.shown) >= 4 })
	if w.settingsForm == nil {
		t.Fatal("a new installation does not ask the first-run questions")
	}
	if n := len(w.settingsForm.questions()); n > 12 {
		t.Fatalf("%d first-run questions; at most twelve", n)
	}
	w.settingsForm.name.SetText("Acme Zorg")
	w.settingsForm.terms.SetText("Project Zeus")
	w.finishFirstRun(w.settingsForm, true)

	w.editor.body.SetText("Druk bezig met Projekt Zeus!")
	eventually(t, "the confidential term", func() bool { return hasRule(w.findings.shown, "confidential-term") })

	saved, err := settings.Load(settings.Path(dir))
	if err != nil || saved.Organisation.Name != "Acme Zorg" || !saved.User.SetupDone {
		t.Fatalf("saved settings %+v, %v", saved, err)
	}
	w.close()
	store.Close()
	w2, _ := newTestWindow(t, dir)
	if w2.settingsForm != nil {
		t.Fatal("the first-run questions come back after they were answered")
	}
}

func TestSkippingFirstRunIsRemembered(t *testing.T) {
	dir := t.TempDir()
	w, store := openTestWindow(t, dir)
	w.finishFirstRun(w.settingsForm, false)
	store.Close()
	w2, _ := newTestWindow(t, dir)
	if w2.settingsForm != nil || w2.settings.Organisation.Name != "" {
		t.Fatalf("after skipping: form %v, settings %+v", w2.settingsForm, w2.settings)
	}
	_ = w
}

func TestSettingsSwitchChecksOffAndShowOwnPolicy(t *testing.T) {
	w, _ := newTestWindow(t, t.TempDir())
	w.editor.body.SetText("WAT EEN ONZIN IS DIT")
	eventually(t, "shouting", func() bool { return hasRule(w.findings.shown, "shouting") })

	s := w.settings
	s.Checks.Disabled = []string{"shouting"}
	s.Organisation.Name = "Acme"
	s.Policy.Text = "Bij Acme zijn we altijd vriendelijk."
	if err := w.saveSettings(s); err != nil {
		t.Fatal(err)
	}
	eventually(t, "shouting gone", func() bool { return !hasRule(w.findings.shown, "shouting") })
	if !containsText(w.policyUI.org, "Beleid van Acme") || !containsText(w.policyUI.org, "altijd vriendelijk") {
		t.Error("the organisation's policy text is not in the policy panel")
	}
	if err := w.saveSettings(settings.Settings{Checks: settings.Checks{Disabled: []string{"nonsense"}}}); err == nil {
		t.Error("settings with an unknown check were saved")
	}
}

func TestSettingsFormRoundTrip(t *testing.T) {
	in := settings.Settings{Organisation: checker.Org{
		Name: "Acme", Aliases: []string{"AZ"}, ConfidentialTerms: []string{"Orion", "Project Zeus"},
		InternalDomains: []string{"acme.local"}, Networks: []string{"linkedin", "x"}, Spokesperson: true,
	}}
	out := newSettingsForm(in).apply(settings.Settings{})
	if strings.Join(out.Organisation.ConfidentialTerms, "|") != "Orion|Project Zeus" ||
		strings.Join(out.Organisation.Networks, "|") != "linkedin|x" || !out.Organisation.Spokesperson || out.Organisation.Name != "Acme" {
		t.Fatalf("form gave %+v", out.Organisation)
	}
}

func TestReplyCheckJudgesTone(t *testing.T) {
	w, _ := newTestWindow(t, t.TempDir())
	w.showReplyCheck()
	test.Type(w.reply.entry, "WAT EEN ONZIN IS DIT!!!")
	eventually(t, "tone findings", func() bool { return hasRule(w.reply.shown, "shouting") })
	for _, f := range w.reply.shown {
		if !tonePoints[f.Point] {
			t.Errorf("the reply check shows point %d (%s)", f.Point, f.Rule)
		}
	}
	w.reply.entry.SetText("Dank je wel voor je mooie reactie!")
	eventually(t, "a clean reply", func() bool { return len(w.reply.shown) == 0 })
}

func TestThemeChoiceIsRemembered(t *testing.T) {
	w, _ := newTestWindow(t, t.TempDir())
	w.setTheme("dark")
	if got := w.app.Preferences().String(prefTheme); got != "dark" {
		t.Fatalf("theme preference %q", got)
	}
	if v, ok := w.app.Settings().Theme().(variantTheme); !ok || v.variant != theme.VariantDark {
		t.Fatalf("theme in use: %T", w.app.Settings().Theme())
	}
	w.setTheme("system")
	if _, forced := w.app.Settings().Theme().(variantTheme); forced {
		t.Fatal("the system theme is still forced to one variant")
	}
}
