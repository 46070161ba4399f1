package checker

import (
	"strings"
	"testing"
)

// A threat against a group says so; a threat against a person does not
// mention groups.
func TestThreatMessageNamesGroupOrPerson(t *testing.T) {
	group := Check("Ik wil alle immigranten doden.", Options{})
	person := Check("Ik ga je neerschieten.", Options{})
	if len(group) == 0 || !strings.Contains(group[0].Message, "groep") {
		t.Errorf("group threat: %+v", group)
	}
	if len(person) == 0 || strings.Contains(person[0].Message, "groep") {
		t.Errorf("person threat: %+v", person)
	}
}
