package ui

import (
	"testing"

	"fyne.io/fyne/v2/lang"
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
