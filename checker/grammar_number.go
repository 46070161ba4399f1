package checker

import "strings"

// A verb takes the number of its subject: "wij hebben", not "wij heeft";
// "ik verhuisde", not "ik verhuisden". Only pronouns that are plural or
// singular beyond doubt count, and only right beside their verb: "wij",
// "we" and "jullie" are plural; "ik" and "hij" singular. "zij" and "ze"
// are both, and "het" says "Het waren mooie dagen".
var verbNumber = &Rule{
	ID: "verb-number", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachClause(d, report, (*gram).checkVerbNumber) },
	Examples: []Example{
		{Lang: "nl", Text: "Wij <m>heeft</m> een mooi resultaat neergezet. Volgend jaar <m>zal</m> we verhuizen."},
		{Lang: "nl", Text: "Vorig jaar <m>werkte</m> wij nog met papier. Jullie <m>heeft</m> hard gewerkt."},
		{Lang: "nl", Text: "Ik <m>verhuisden</m> in 2019 naar Utrecht. Toen <m>gingen</m> ik op reis. Hij <m>antwoordden</m> snel."},
		{Lang: "nl", Text: "Ik <m>hebben</m> geen tijd."},
		{Lang: "nl", Text: "Wij hebben een mooi resultaat. Jullie hebt hard gewerkt. Vorig jaar werkten wij nog met papier."},
		// An infinitive in a subordinate clause's verb cluster, and "zijn"
		// as a possessive.
		{Lang: "nl", Text: "Ik weet dat hij komen kan. Dat hij zijn fiets pakt, is logisch. Ik verhuisde in 2019."},
		// After a preposition the pronoun is no subject.
		{Lang: "nl", Text: "Zonder jullie was het nooit gelukt. Met jullie is het een feest."},
	},
}

// pluralOf gives the plural of the singular forms of the commonest
// irregular verbs and auxiliaries.
var pluralOf = map[string]string{
	"is": "zijn", "ben": "zijn", "bent": "zijn", "was": "waren",
	"heeft": "hebben", "heb": "hebben", "hebt": "hebben", "had": "hadden",
	"wordt": "worden", "word": "worden", "werd": "werden",
	"kan": "kunnen", "kun": "kunnen", "kunt": "kunnen", "kon": "konden",
	"zal": "zullen", "zul": "zullen", "zult": "zullen", "zou": "zouden",
	"wil": "willen", "wilt": "willen", "wilde": "wilden", "mag": "mogen", "mocht": "mochten",
	"moet": "moeten", "moest": "moesten", "gaat": "gaan", "ging": "gingen",
	"komt": "komen", "kwam": "kwamen", "doet": "doen", "deed": "deden", "staat": "staan", "stond": "stonden",
}

// jullieWrong are the singular forms that are wrong after "jullie" in any
// register: "jullie hebt" and "jullie kan" are informal but said.
var jullieWrong = map[string]bool{"heeft": true, "is": true, "ben": true, "was": true, "had": true, "werd": true,
	"kon": true, "zou": true, "moest": true, "ging": true, "kwam": true, "wilde": true, "mocht": true, "deed": true, "stond": true}

// singularOf gives "ik" and "hij" the present of the auxiliaries and
// modals whose plural they were given. "zijn" is left out: it is also
// "his" ("dat hij zijn fiets pakt").
var singularOf = map[string][2]string{ // plural -> ik, hij
	"hebben": {"heb", "heeft"}, "worden": {"word", "wordt"}, "kunnen": {"kan", "kan"},
	"zullen": {"zal", "zal"}, "willen": {"wil", "wil"}, "mogen": {"mag", "mag"},
	"moeten": {"moet", "moet"}, "gaan": {"ga", "gaat"}, "komen": {"kom", "komt"},
}

// checkVerbNumber looks at each pronoun of certain number and the verb
// right before or after it.
func (g *gram) checkVerbNumber(d *Doc, c clause, report Report) {
	ws := c.words
	for k, w := range ws {
		if k > 0 && (nlPrepositions[ws[k-1].low] || ws[k-1].low == "dan" || ws[k-1].low == "als") {
			continue // "Zonder jullie was het niet gelukt": not the subject
		}
		switch w.low {
		case "wij", "we", "jullie":
			if k+1 < len(ws) {
				g.reportPlural(d, w.low, ws[k+1], report)
			}
			if k > 0 && w.low != "jullie" && (mainClause(c) || k == 1) {
				g.reportPlural(d, w.low, ws[k-1], report) // "Vorig jaar werkte wij"
			}
		case "ik", "hij":
			if k+1 < len(ws) {
				g.reportSingular(d, c, k, ws[k+1], false, report)
			}
			if k > 0 && (mainClause(c) || k == 1) {
				g.reportSingular(d, c, k, ws[k-1], true, report) // "Toen gingen ik"
			}
		}
	}
}

// mainClause: the clause is a main clause, so a verb right before its subject
// is inverted; in "Toen de klant belde we ..." the verb is the
// subordinate clause's own. A verb right after the opener is inverted
// too: "Toen gingen we" reads "toen" as an adverb.
func mainClause(c clause) bool { return c.kind == openStart || c.kind == openCoord }

// reportPlural reports v, next to a plural pronoun, when it is singular.
func (g *gram) reportPlural(d *Doc, subj string, v gword, report Report) {
	right := pluralOf[v.low]
	if subj == "jullie" && !jullieWrong[v.low] {
		right = ""
	}
	if right == "" && subj != "jullie" {
		right = g.weakPastPlural(v)
	}
	reportNumber(d, v, subj, right, "meervoud", "plural", report)
}

// reportNumber reports v, which should be right to agree with subj.
func reportNumber(d *Doc, v gword, subj, right, nl, en string, report Report) {
	if right == "" {
		return
	}
	reportWord(d, v, right,
		"Bij ‘"+subj+"’ hoort het "+nl+": "+subj+" "+right+".",
		"‘"+subj+"’ is "+en+", and so is its verb: "+subj+" "+right+".", report)
}

// weakPastPlural: "werkte" -> "werkten", a weak past in the singular
// whose plural the dictionary lists.
func (g *gram) weakPastPlural(v gword) string {
	if !v.word || !strings.HasSuffix(v.low, "e") || g.cls(v)&formPast == 0 || g.cls(v)&(formNoun|formAdjective|formParticipleE) != 0 {
		return ""
	}
	if g.classes(v.low+"n")&formPast == 0 {
		return ""
	}
	return v.low + "n"
}

// reportSingular reports v, next to "ik" or "hij" at k, when it is a
// plural: any past plural, or the present plural of an auxiliary when the
// pronoun opens a main clause (in "dat hij komen kan" the infinitive
// belongs to the verb cluster).
func (g *gram) reportSingular(d *Doc, c clause, k int, v gword, before bool, report Report) {
	subj := c.words[k].low
	right := g.singularPast(v)
	if right == "" && !before && k == 0 && c.kind == openStart {
		if f, ok := singularOf[v.low]; ok {
			right = f[0]
			if subj == "hij" {
				right = f[1]
			}
		}
	}
	reportNumber(d, v, subj, right, "enkelvoud", "singular", report)
}

// singularPast: "verhuisden" -> "verhuisde", "gingen" -> "ging",
// "spraken" -> "sprak": a past plural, weak as the dictionary lists it or
// strong from the list of strong pasts.
func (g *gram) singularPast(v gword) string {
	stem, ok := strings.CutSuffix(v.low, "n")
	if !ok || !v.word || len(stem) < 3 {
		return ""
	}
	if strings.HasSuffix(stem, "e") && g.cls(v)&formPast != 0 && g.classes(stem)&formPast != 0 && g.cls(v)&(formNoun|formAdjective) == 0 {
		return stem // "verhuisden"
	}
	if g.cls(v)&formNoun != 0 && !finiteOthers[v.low] { // "reden" is a noun, "gingen" is not
		return ""
	}
	return strongPastSingular(v.low)
}
