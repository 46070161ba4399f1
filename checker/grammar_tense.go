package checker

import "strings"

// Weak verbs whose stem ends in d or t sound the same in the present and
// the past plural: "we melden" and "we meldden", "we wachten" and "we
// wachtten". Only a word of time tells which was meant, so this rule
// speaks only where the time phrase is the clause's own: put first, with
// the verb right behind it ("Morgen meldden we", "Vorige maand testen
// we"), or right behind "we" and its verb ("We wachten gisteren een
// uur"). A time word inside a noun phrase ("de uitslag van gisteren", "de
// vorige") or after "dan" says nothing about the verb. Only main clauses
// count (reported speech keeps its past: "Hij zei dat we morgen
// startten"), and "sinds" or "vanaf" before a past moment brings it up to
// now ("Sinds gisteren testen we").
var dtTense = &Rule{
	ID: "dt-tense", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachSentence(d, report, (*gram).checkTense) },
	Examples: []Example{
		{Lang: "nl", Text: "Morgen <m>meldden</m> we ons aan voor de loop."},
		{Lang: "nl", Text: "Volgende week <m>landden</m> we in Lissabon."},
		{Lang: "nl", Text: "We <m>wachten</m> gisteren een uur op de trein."},
		{Lang: "nl", Text: "Morgen melden we ons aan. Gisteren wachtten we een uur. Sinds gisteren wachten we."},
		// "die morgen" is a morning in the past; a story may be told in the
		// present, and then other verbs are present too.
		{Lang: "nl", Text: "Die morgen meldden we ons aan. Gisteren wachten we een uur en dan komt er niemand."},
		{Lang: "nl", Text: "Hij zei dat we morgen landden."},
		// A strong past plural that looks like another verb's infinitive.
		{Lang: "nl", Text: "Gisteren sloten we het boekjaar af."},
		// A time word inside a noun phrase belongs to the noun.
		{Lang: "nl", Text: "We wachten nog op de uitslag van gisteren. We meldden ons aan voor de loop van morgen."},
	},
}

// futureCues put a clause in the present or the future.
var futureCues = map[string]bool{"morgen": true, "overmorgen": true, "binnenkort": true, "straks": true,
	"tegenwoordig": true, "momenteel": true}

// pastTimeCues put a clause in the past. "laatst", "afgelopen" ("De
// afgelopen weken werken we thuis") and "vroeger" (also "earlier": "We
// starten vroeger dan gepland") are left out.
var pastTimeCues = map[string]bool{"gisteren": true, "eergisteren": true}

// futureModifiers and pastModifiers make a time phrase of the noun after
// them: "volgende week", "vorig jaar".
var (
	futureModifiers = map[string]bool{"volgende": true, "volgend": true, "komende": true}
	pastModifiers   = map[string]bool{"vorige": true, "vorig": true}
)

// checkTense checks every clause of the sentence cs.
func (g *gram) checkTense(d *Doc, cs []clause, report Report) {
	for _, c := range cs {
		if c.kind != openSubord && c.kind != openRel {
			g.checkTenseClause(d, cs, c, report)
		}
	}
}

// checkTenseClause reports the verb of clause c whose tense its time
// phrase contradicts; cs is the whole sentence.
func (g *gram) checkTenseClause(d *Doc, cs []clause, c clause, report Report) {
	ws := c.words
	k, future, past := g.frontedTime(ws)
	if k < 0 && len(ws) > 3 && (ws[0].low == "we" || ws[0].low == "wij") {
		// "We wachten gisteren een uur": the time phrase right behind.
		if n, f, p := g.timePhrase(ws[2:]); n > 0 {
			k, future, past = 1, f, p
		}
	}
	if k < 0 || k >= len(ws) {
		return
	}
	w := ws[k]
	switch {
	case future && g.cls(w) == formPast:
		if right := g.presentOfDoubled(w.low); right != "" {
			reportWord(d, w, right, "De zin gaat over nu of later: tegenwoordige tijd, "+right+". ‘"+w.low+"’ is verleden tijd.",
				"The sentence is about now or later: present tense, "+right+". ‘"+w.low+"’ is the past tense.", report)
		}
	// A strong past is no infinitive, though a noun's plural or another
	// verb may look like one: "Gisteren sloten we af" (sluiten, not the
	// sloten of ditches).
	case past && g.cls(w)&formInfinitive != 0 && g.cls(w)&formPast == 0 && strongPastSingular(w.low) == "" && g.wePresent(cs, c, k):
		if right := g.pastOfPlural(w.low); right != "" {
			reportWord(d, w, right, "De zin gaat over het verleden: verleden tijd, "+right+" (stam + "+right[len(right)-3:]+").",
				"The sentence is about the past: past tense, "+right+" (stem + "+right[len(right)-3:]+").", report)
		}
	}
}

// frontedTime reads a time phrase that opens the clause and returns the
// index of the word after it (the verb, in a main clause), or -1.
// "Vanaf volgende maand" looks ahead; "Sinds vorige week" brings the past
// up to now and says nothing.
func (g *gram) frontedTime(ws []gword) (int, bool, bool) {
	i := 0
	upToNow := false
	if len(ws) > 0 && (ws[0].low == "vanaf" || ws[0].low == "sinds") {
		i, upToNow = 1, true
	}
	n, future, past := g.timePhrase(ws[i:])
	if n == 0 || past && upToNow {
		return -1, false, false
	}
	return i + n, future, past
}

// timePhrase reads a time phrase at the start of ws and returns its
// length: "morgen", "gisteren", "volgende week", "de komende weken",
// "op dit moment".
func (g *gram) timePhrase(ws []gword) (n int, future, past bool) {
	at := func(i int) string {
		if i < len(ws) {
			return ws[i].low
		}
		return ""
	}
	noun := func(i int) bool { return i < len(ws) && g.cls(ws[i])&formNoun != 0 && !functionWord(ws[i].low) }
	switch w := at(0); {
	case futureCues[w]:
		return 1, true, false
	case pastTimeCues[w]:
		return 1, false, true
	case futureModifiers[w] && noun(1):
		return 2, true, false
	case pastModifiers[w] && noun(1):
		return 2, false, true
	case w == "de" && at(1) == "komende" && noun(2):
		return 3, true, false
	case w == "op" && at(1) == "dit" && at(2) == "moment":
		return 3, true, false
	}
	return 0, false, false
}

// wePresent: the plural form at k is the finite verb of "we" or "wij",
// right after it or right before it in inversion ("Vorige maand testen
// we"). A story told in the present has more present verbs, and "nog",
// "nu" or "vandaag" speak of now: then the present may be meant.
func (g *gram) wePresent(cs []clause, c clause, k int) bool {
	ws := c.words
	after := k+1 < len(ws) && (ws[k+1].low == "we" || ws[k+1].low == "wij")
	before := k > 0 && (ws[k-1].low == "we" || ws[k-1].low == "wij")
	if !after && !before || c.afterSub || c.kind == openCoord {
		return false
	}
	for _, other := range cs {
		for _, o := range other.words {
			if nowWords[o.low] || o.tok != ws[k].tok && g.cls(o)&formThird != 0 && !functionWord(o.low) {
				return false
			}
		}
	}
	return true
}

// nowWords speak of the present: "We wachten nog steeds op het pakket
// van vorige week".
var nowWords = map[string]bool{"nog": true, "nu": true, "vandaag": true, "inmiddels": true, "steeds": true}

// presentOfDoubled is the present plural of a past plural in -dden or
// -tten, as the dictionary lists it: "meldden" -> "melden", "praatten"
// -> "praten" (a long vowel is written single before -en).
func (g *gram) presentOfDoubled(past string) string {
	if !strings.HasSuffix(past, "dden") && !strings.HasSuffix(past, "tten") {
		return ""
	}
	stem := past[:len(past)-3]
	for _, cand := range []string{stem + "en", shortVowel(stem) + "en"} {
		if g.classes(cand)&formInfinitive != 0 {
			return cand
		}
	}
	return ""
}

// pastOfPlural is the past plural of a present plural whose stem ends in
// d or t, as the dictionary lists it: "wachten" -> "wachtten", "praten"
// -> "praatten".
func (g *gram) pastOfPlural(present string) string {
	if len(present) < 5 || !strings.HasSuffix(present, "den") && !strings.HasSuffix(present, "ten") {
		return ""
	}
	stem := present[:len(present)-2]
	end := present[len(present)-3:]
	for _, cand := range []string{stem + end, longVowel(stem) + end} {
		if g.classes(cand)&formPast != 0 {
			return cand
		}
	}
	return ""
}

// strongPastSingular returns the strong past on the list whose plural w
// is ("sloten" of "sloot", "vonden" of "vond", "trokken" of "trok"), or "".
func strongPastSingular(w string) string {
	root, ok := strings.CutSuffix(w, "en")
	if !ok {
		return ""
	}
	for _, s := range []string{root, longVowel(root), undouble(root)} {
		if nlStrongPast[s] {
			return s
		}
	}
	return ""
}

// undouble drops a doubled last consonant: "trokk" -> "trok".
func undouble(s string) string {
	if n := len(s); n >= 2 && s[n-1] == s[n-2] {
		return s[:n-1]
	}
	return s
}

// shortVowel writes "praat" as "prat", the way the vowel is spelled
// before -en; longVowel does the reverse. Other stems come back as they
// are.
func shortVowel(stem string) string {
	n := len(stem)
	if n >= 3 && stem[n-2] == stem[n-3] && strings.IndexByte("aeou", stem[n-2]) >= 0 {
		return stem[:n-2] + stem[n-1:]
	}
	return stem
}

func longVowel(stem string) string {
	n := len(stem)
	if n >= 2 && strings.IndexByte("aeou", stem[n-2]) >= 0 && (n < 3 || strings.IndexByte("aeiou", stem[n-3]) < 0) {
		return stem[:n-1] + stem[n-2:n-1] + stem[n-1:]
	}
	return stem
}
