package checker

import (
	"strings"
	"testing"
)

// Ordinary posts must come out clean: no warnings and no errors. A false
// alarm costs a user's trust faster than a miss.
var ordinaryPosts = []string{
	"Vandaag mijn eerste werkdag bij de gemeente. Wat een warm welkom van het team!",
	"Trots op onze collega's die zaterdag de Dam tot Damloop hebben uitgelopen. 🏃‍♀️ #teamspirit",
	"We zoeken een nieuwe collega voor ons supportteam in Utrecht. Ken jij iemand? Je sollicitatie wordt vertrouwelijk behandeld. https://werkenbij.example.nl/vacatures/support",
	"Interessante sessie over AI en de AVG bij de NOS-studio. Bedankt @anna voor de uitnodiging!",
	"Great talk at the conference today about accessible design. Slides: https://example.com/talk",
	"Mijn presentatie van vorige week staat nu online, o.a. over toegankelijkheid en t.n.v. het nieuwe beleid.",
	"Wat een dag!! Eindelijk is ons nieuwe kantoor open. Kom gerust een kop koffie drinken.",
	"In samenwerking met de bibliotheek organiseren we drie gratis workshops over digitale vaardigheden.",
}

func TestOrdinaryPostsAreClean(t *testing.T) {
	for _, p := range ordinaryPosts {
		for _, f := range Check(p, Options{}) {
			if f.Severity != Info {
				t.Errorf("%q: unexpected %s %s on %q: %s", p, f.Severity, f.Rule, f.Text, f.Message)
			}
		}
	}
}

func TestCheckOrdersAndDeduplicates(t *testing.T) {
	text := "DIT IS ECHT GEWELDIG!!! Met kortingscode ANNA10 en link in bio. Strikt vertrouwelijk."
	fs := Check(text, Options{})
	rules := map[string]bool{}
	for i, f := range fs {
		rules[f.Rule] = true
		if f.Text != text[f.Start:f.End] {
			t.Errorf("finding text %q does not match span %d-%d", f.Text, f.Start, f.End)
		}
		if i > 0 && (fs[i-1].Start > f.Start || fs[i-1].Start == f.Start && fs[i-1].End == f.End) {
			t.Errorf("findings %d and %d out of order or repeated", i-1, i)
		}
		if f.Suggestions == nil {
			t.Errorf("%s has nil suggestions", f.Rule)
		}
	}
	for _, want := range []string{"shouting", "hostile-punctuation", "undisclosed-advertising", "confidential-wording"} {
		if !rules[want] {
			t.Errorf("missing %s in %v", want, fs)
		}
	}
}

func TestShoutingSuggestsSentenceCase(t *testing.T) {
	fs := Check("Hallo. DIT IS ECHT ONACCEPTABEL", Options{})
	if len(fs) == 0 || fs[0].Rule != "shouting" || fs[0].Suggestions[0] != "Dit is echt onacceptabel" {
		t.Fatalf("got %+v", fs)
	}
}

func TestLongPostOverflowsX(t *testing.T) {
	text := strings.Repeat("woord ", 60)
	fs := Check(text, Options{Network: "x"})
	if len(fs) != 1 || fs[0].Rule != "network-length" || fs[0].Start != 280 || fs[0].End != len(text) {
		t.Fatalf("got %+v", fs)
	}
	if !strings.Contains(fs[0].Message, "360") || !strings.Contains(fs[0].Message, "280") {
		t.Errorf("message does not name the length and the limit: %s", fs[0].Message)
	}
}

func BenchmarkCheck3000(b *testing.B) {
	base := "Vandaag presenteerden we met het hele team de nieuwe plannen voor 2027. Lees meer op https://example.com/plannen en laat weten wat je ervan vindt! #innovatie @collega "
	text := strings.Repeat(base, 3000/len(base)+1)[:3000]
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Check(text, Options{Network: "x"})
	}
}

func TestDisabledRulesAndIgnoredFindings(t *testing.T) {
	text := "Met kortingscode ANNA10. DIT IS ECHT ONACCEPTABEL"
	all := Check(text, Options{})
	if !hasRuleID(all, "undisclosed-advertising") || !hasRuleID(all, "shouting") {
		t.Fatalf("expected both rules in %+v", all)
	}
	off := Check(text, Options{Disabled: []string{"shouting"}})
	if hasRuleID(off, "shouting") || !hasRuleID(off, "undisclosed-advertising") {
		t.Fatalf("switching shouting off gave %+v", off)
	}
	// Ignoring is by rule and text, so it holds when the text moves.
	ignored := Check("Nieuw: "+text, Options{Ignore: []string{"undisclosed-advertising:kortingscode"}})
	if hasRuleID(ignored, "undisclosed-advertising") || !hasRuleID(ignored, "shouting") {
		t.Fatalf("ignoring the advertising finding gave %+v", ignored)
	}
}

func hasRuleID(fs []Finding, id string) bool {
	for _, f := range fs {
		if f.Rule == id {
			return true
		}
	}
	return false
}
