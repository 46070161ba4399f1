package assets

import "testing"

// Both languages hold the whole policy: 20 numbered points, each with a
// title, its text, why it matters and what Postwijs checks.
func TestPolicyIsComplete(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		p, err := LoadPolicy(lang)
		if err != nil {
			t.Fatal(err)
		}
		if p.Title == "" || len(p.Intro) < 2 || len(p.Points) != 20 {
			t.Fatalf("%s: title %q, %d intro paragraphs, %d points", lang, p.Title, len(p.Intro), len(p.Points))
		}
		for i, pt := range p.Points {
			if pt.Number != i+1 || pt.Title == "" || pt.Text == "" || pt.Why == "" || pt.Checks == "" {
				t.Errorf("%s point %d incomplete: %+v", lang, i+1, pt)
			}
			if pt.Kind != "rule" && pt.Kind != "advice" {
				t.Errorf("%s point %d: kind %q", lang, pt.Number, pt.Kind)
			}
		}
		for _, s := range []string{"error", "warning", "info"} {
			if p.Severity[s] == "" {
				t.Errorf("%s: severity %s not explained", lang, s)
			}
		}
	}
	nl, _ := LoadPolicy("nl")
	en, _ := LoadPolicy("en")
	for i := range nl.Points {
		if nl.Points[i].Kind != en.Points[i].Kind || nl.Points[i].Title == en.Points[i].Title {
			t.Errorf("point %d: Dutch and English differ in kind or share a title", i+1)
		}
	}
}
