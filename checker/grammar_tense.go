package checker

import "strings"

// Weak verbs whose stem ends in d or t sound the same in the present and
// the past plural: "we melden" and "we meldden", "we wachten" and "we
// wachtten". Only a word of time tells which was meant, so this rule
// speaks only when the clause has one that leaves no doubt, in a main
// clause (reported speech keeps its past: "Hij zei dat we morgen
// startten"), and never with "sinds" or "vanaf" before a past moment,
// which bring it up to now ("Sinds gisteren testen we").
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
	},
}

// futureCues put a clause in the present or the future; "morgen" not
// after a determiner ("die morgen" is a morning), "volgende" not after
// one either ("de volgende dag" may be in the past).
var futureCues = map[string]bool{"morgen": true, "overmorgen": true, "binnenkort": true, "straks": true,
	"volgende": true, "volgend": true, "komende": true, "tegenwoordig": true, "momenteel": true}

// pastTimeCues put a clause in the past. "afgelopen" and "laatst" are
// left out ("De afgelopen weken werken we thuis"), and so is "vroeger",
// which may mean earlier ("We starten vroeger dan gepland").
var pastTimeCues = map[string]bool{"gisteren": true, "eergisteren": true, "vorige": true, "vorig": true,
	"geleden": true, "destijds": true}

// checkTense checks every clause of the sentence cs.
func (g *gram) checkTense(d *Doc, cs []clause, report Report) {
	for _, c := range cs {
		g.checkTenseClause(d, cs, c, report)
	}
}

// checkTenseClause reports the one verb of clause c whose tense the
// clause's words of time contradict; cs is the whole sentence.
func (g *gram) checkTenseClause(d *Doc, cs []clause, c clause, report Report) {
	if c.kind == openSubord || c.kind == openRel {
		return
	}
	future, past := g.timeCues(c)
	if future == past {
		return // none, or both ("Vorige week zei hij dat we morgen ...")
	}
	for _, w := range c.words {
		switch {
		case future && g.cls(w) == formPast:
			if right := presentOfDoubled(w.low); right != "" && g.classes(right)&formInfinitive != 0 {
				reportWord(d, w, right, "De zin gaat over nu of later: tegenwoordige tijd, "+right+". ‘"+w.low+"’ is verleden tijd.",
					"The sentence is about now or later: present tense, "+right+". ‘"+w.low+"’ is the past tense.", report)
				return
			}
		case past && g.cls(w)&formInfinitive != 0 && g.cls(w)&formPast == 0 && g.wePresent(cs, c, w):
			if right := pastOfPlural(w.low); right != "" && g.classes(right)&formPast != 0 {
				reportWord(d, w, right, "De zin gaat over het verleden: verleden tijd, "+right+" (stam + "+right[len(right)-3:]+").",
					"The sentence is about the past: past tense, "+right+" (stem + "+right[len(right)-3:]+").", report)
				return
			}
		}
	}
}

// timeCues says whether the clause has a word of the future or of the
// past. "sinds" and "vanaf" bring a past moment up to now ("Sinds
// gisteren testen we"), but leave a future one ahead ("Vanaf volgende
// maand leiden we"); "tot" cancels both.
func (g *gram) timeCues(c clause) (future, past bool) {
	ws := c.words
	upToNow := false
	defer func() { past = past && !upToNow }()
	for i, w := range ws {
		switch {
		case w.low == "tot":
			return false, false
		case w.low == "sinds" || w.low == "vanaf":
			upToNow = true
		case futureCues[w.low] && (i == 0 || !nlDeterminers[ws[i-1].low] && ws[i-1].low != "op"):
			future = true
		case pastTimeCues[w.low]:
			past = true
		case w.low == "op" && i+2 < len(ws) && ws[i+1].low == "dit" && ws[i+2].low == "moment":
			future = true
		}
	}
	return future, past
}

// wePresent: the plural form is the finite verb of "we" or "wij": right
// after it, or right before it in inversion ("Vorige maand testen we").
// A story told in the present has more present verbs: the sentence may
// have no other finite verb.
func (g *gram) wePresent(cs []clause, c clause, w gword) bool {
	ws := c.words
	for i := range ws {
		if ws[i].tok != w.tok {
			continue
		}
		after := i+1 < len(ws) && (ws[i+1].low == "we" || ws[i+1].low == "wij")
		before := i > 0 && (ws[i-1].low == "we" || ws[i-1].low == "wij")
		if !after && !before || c.afterSub || c.kind == openCoord {
			return false
		}
		for _, other := range cs {
			for _, o := range other.words {
				if o.tok != w.tok && g.cls(o)&formThird != 0 && !functionWord(o.low) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// presentOfDoubled: "meldden" -> "melden", "wachtten" -> "wachten".
func presentOfDoubled(past string) string {
	for _, dd := range []string{"dden", "tten"} {
		if strings.HasSuffix(past, dd) {
			return past[:len(past)-3] + "en"
		}
	}
	return ""
}

// pastOfPlural: "wachten" -> "wachtten", "melden" -> "meldden", for
// stems in d or t.
func pastOfPlural(present string) string {
	for _, end := range []string{"den", "ten"} {
		if strings.HasSuffix(present, end) && len(present) > 4 {
			return present[:len(present)-2] + end
		}
	}
	return ""
}
