package checker

import (
	"strings"
	"testing"
)

// A slur gets the neutral term as a suggestion when the list has one.
func TestSlurSuggestsNeutralTerm(t *testing.T) {
	for _, f := range Check("Nog zo'n cultuurverrijker die klaagt.", Options{}) {
		if f.Rule == "slur" {
			if len(f.Suggestions) != 1 || f.Suggestions[0] != "nieuwkomer" {
				t.Errorf("suggestions %v", f.Suggestions)
			}
			if !strings.Contains(f.Message, "cultuurverrijker") {
				t.Errorf("message does not name the word: %s", f.Message)
			}
			return
		}
	}
	t.Fatal("no slur finding")
}
