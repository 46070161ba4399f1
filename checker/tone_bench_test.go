package checker

import (
	"strings"
	"testing"
)

// longPostNL is a realistic 3,000-character Dutch LinkedIn post.
var longPostNL = strings.Repeat(`Vorige week rondden we met het projectteam de vernieuwing van onze klantenservice af, en ik wil graag delen wat we geleerd hebben. We begonnen in januari met een eenvoudige vraag: waarom wachten klanten gemiddeld drie dagen op een antwoord? Het bleek niet aan de mensen te liggen, maar aan de manier waarop vragen binnenkwamen. Mails, telefoontjes, berichten via sociale media en het contactformulier kwamen allemaal op een andere plek terecht. Collega's in Utrecht en Groningen zagen elkaars werk niet, en dus deden we soms dubbel werk terwijl andere vragen bleven liggen. Samen met de teamleiders hebben we alle kanalen naar één overzicht gebracht. Dat klinkt simpel, maar het vroeg veel gesprekken, een paar mislukte proeven en heel wat koffie. Ik ben trots op hoe iedereen bleef meedenken, ook toen het tegenzat. Een van de mooiste momenten was toen een collega die al dertig jaar bij ons werkt voorstelde om vaste klanten voortaan zelf terug te bellen. Die persoonlijke aanpak werkt beter dan welk systeem ook. Wat ik anderen zou willen meegeven: begin bij de mensen die het werk elke dag doen, luister naar hun ergernissen en neem die serieus. `, 3)[:3000]

// BenchmarkCheckPostRulesOnly is every rule but spelling (no speller);
// BenchmarkCheckPost in post_bench_test.go includes the real speller.
func BenchmarkCheckPostRulesOnly(b *testing.B) {
	b.SetBytes(int64(len(longPostNL)))
	for b.Loop() {
		Check(longPostNL, Options{})
	}
}

// BenchmarkCheckPostWithoutTone is BenchmarkCheckPostRulesOnly with the tone rules
// (toneRules) switched off: the difference is what they cost.
func BenchmarkCheckPostWithoutTone(b *testing.B) {
	var off []string
	for id := range toneRules {
		off = append(off, id)
	}
	b.SetBytes(int64(len(longPostNL)))
	for b.Loop() {
		Check(longPostNL, Options{Disabled: off})
	}
}

// BenchmarkToneRules measures what the tone rules add to a check:
// on a post whose tokens other rules have already lowered and indexed, it
// reads the post afresh each time and runs the six rules.
func BenchmarkToneRules(b *testing.B) {
	b.Run("ordinary", func(b *testing.B) { benchTone(b, longPostNL) })
	// One insult makes the rules read the whole post: the worst case.
	b.Run("one-insult", func(b *testing.B) { benchTone(b, "Wat een idioten bij die gemeente! "+longPostNL[:2960]) })
}

func benchTone(b *testing.B, text string) {
	var rules []*Rule
	for _, r := range Rules() {
		if toneRules[r.ID] {
			rules = append(rules, r)
		}
	}
	d := NewDoc(text, Options{})
	d.wordPositions("", false) // what the other rules build anyway
	for b.Loop() {
		for _, name := range toneTopics {
			delete(d.found, name)
		}
		toneCache.Lock()
		toneCache.doc = nil
		toneCache.Unlock()
		for _, r := range rules {
			r.Check(d, func(int, int, string, ...string) {})
		}
	}
}
