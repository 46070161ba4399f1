package checker

import (
	"fmt"
	"strings"
	"testing"
)

// TestRuleExamples runs every rule on its own examples: each marked span
// must be reported exactly, nothing else may be, and every rule must carry
// at least one example that triggers it and one that does not.
func TestRuleExamples(t *testing.T) {
	for _, r := range Rules() {
		t.Run(r.ID, func(t *testing.T) {
			var bad, good int
			for _, ex := range r.Examples {
				text, want := parseMarkers(t, ex.Text)
				if len(want) > 0 {
					bad++
				} else {
					good++
				}
				d := NewDoc(text, exampleOptions(ex, "nl"))
				got := spans(runRule(r, d))
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%q\n got spans %v (%s)\nwant spans %v (%s)", text, got, quote(text, got), want, quote(text, want))
				}
			}
			if bad == 0 || good == 0 {
				t.Errorf("rule %s needs examples that trigger it (%d) and examples that do not (%d)", r.ID, bad, good)
			}
		})
	}
}

// TestRulesAreComplete checks what every rule must declare.
func TestRulesAreComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules() {
		if r.ID == "" || seen[r.ID] {
			t.Errorf("rule id %q is empty or not unique", r.ID)
		}
		seen[r.ID] = true
		if r.Point < 1 || r.Point > 20 {
			t.Errorf("rule %s: point %d is not a policy point", r.ID, r.Point)
		}
		if r.Check == nil {
			t.Errorf("rule %s has no check", r.ID)
		}
	}
}

// TestMessagesInBothLanguages: every finding of every example has a
// message in Dutch and a different one in English.
func TestMessagesInBothLanguages(t *testing.T) {
	for _, r := range Rules() {
		for _, ex := range r.Examples {
			text, _ := parseMarkers(t, ex.Text)
			nl := runRule(r, NewDoc(text, exampleOptions(ex, "nl")))
			en := runRule(r, NewDoc(text, exampleOptions(ex, "en")))
			for i := range nl {
				if nl[i].Message == "" || nl[i].Message == en[i].Message {
					t.Errorf("rule %s on %q: Dutch %q, English %q", r.ID, text, nl[i].Message, en[i].Message)
				}
			}
		}
	}
}

// exampleOptions are the options an example runs with.
func exampleOptions(ex Example, locale string) Options {
	return Options{Lang: ex.Lang, Network: ex.Network, Locale: locale, Org: ex.Org, Speller: fakeSpeller{}}
}

// parseMarkers removes <m>…</m> from an example and returns the spans
// they marked, as byte offsets into the text without markers.
func parseMarkers(t *testing.T, s string) (string, []Span) {
	var b strings.Builder
	var out []Span
	for {
		i := strings.Index(s, "<m>")
		if i < 0 {
			b.WriteString(s)
			return b.String(), out
		}
		j := strings.Index(s[i:], "</m>")
		if j < 0 {
			t.Fatalf("unclosed <m> in %q", s)
		}
		b.WriteString(s[:i])
		start := b.Len()
		b.WriteString(s[i+3 : i+j])
		out = append(out, Span{start, b.Len()})
		s = s[i+j+4:]
	}
}

func spans(fs []Finding) []Span {
	var out []Span
	for _, f := range fs {
		out = append(out, Span{f.Start, f.End})
	}
	return out
}

func quote(text string, ss []Span) string {
	var parts []string
	for _, s := range ss {
		parts = append(parts, fmt.Sprintf("%q", text[s.Start:s.End]))
	}
	return strings.Join(parts, ", ")
}
