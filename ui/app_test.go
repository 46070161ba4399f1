package ui

import (
	"testing"

	"fyne.io/fyne/v2/lang"

	"postwijs/settings"
)

// Fyne's own buttons speak Dutch in a Dutch interface.
func TestFyneTextsFollowTheInterfaceLanguage(t *testing.T) {
	t.Setenv("LANGUAGE", "")
	useFyneLocale("nl")
	if got := lang.L("Cancel"); got != "Annuleren" {
		t.Errorf(`lang.L("Cancel") = %q in a Dutch interface`, got)
	}
	useFyneLocale("en")
	if got := lang.L("Cancel"); got != "Cancel" {
		t.Errorf(`lang.L("Cancel") = %q in an English interface`, got)
	}
}

func TestLanguageSettingChoosesTheInterface(t *testing.T) {
	dir := t.TempDir()
	if got := chooseLocale(Config{DataDir: dir, Locale: "nl"}); got != "nl" {
		t.Fatalf("no setting: %q", got)
	}
	if err := settings.Save(settings.Path(dir), settings.Settings{User: settings.User{Language: "en"}}); err != nil {
		t.Fatal(err)
	}
	if got := chooseLocale(Config{DataDir: dir, Locale: "nl"}); got != "en" {
		t.Errorf("the stored language is not used: %q", got)
	}
	if got := chooseLocale(Config{DataDir: dir, Locale: "nl", LocaleForced: true}); got != "nl" {
		t.Errorf("POSTWIJS_LANG does not win over the setting: %q", got)
	}
}
