package checker

import "strings"

// The passive with "je" as indirect object: in "Deze informatie wordt je
// aangeboden" the information is offered to you, so it is the subject and
// "wordt" keeps its t. A passive has no direct object, so a noun phrase
// put before "word(t) je … participle" is the subject, unless it says
// when: "De hele dag word je gebeld" has "je" as its subject.
var dtPassive = &Rule{
	ID: "dt-passive", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachClause(d, report, (*gram).checkPassive) },
	Examples: []Example{
		{Lang: "nl", Text: "Deze brochure <m>word</m> je gratis toegestuurd."},
		{Lang: "nl", Text: "Het pakket <m>word</m> je morgen bezorgd."},
		{Lang: "nl", Text: "Mijn excuses, de rekening <m>word</m> je later toegestuurd."},
		{Lang: "nl", Text: "De hele dag <m>wordt</m> je in de gaten gehouden."},
		{Lang: "nl", Text: "Elke ochtend <m>wordt</m> je om zeven uur gewekt."},
		{Lang: "nl", Text: "Deze brochure wordt je gratis toegestuurd. De hele dag word je gebeld."},
		// A predicate, not a subject: "een goede kok" is what you become.
		{Lang: "nl", Text: "Een goede kok word je niet zomaar genoemd."},
		// Another subject after "je": "een maaltijd" is offered.
		{Lang: "nl", Text: "De hele dag wordt je een maaltijd aangeboden."},
		// A clause that follows may be the subject, or the object.
		{Lang: "nl", Text: "De volgende keer wordt je gevraagd om te tekenen."},
	},
}

// checkPassive reports "word je" after a subject and "wordt je" after a
// phrase of time, in a main clause that ends in a participle.
func (g *gram) checkPassive(d *Doc, c clause, report Report) {
	if c.kind == openSubord || c.kind == openRel && !c.first {
		return
	}
	ws := c.words
	for k := 1; k <= 3 && k+2 < len(ws); k++ {
		if ws[k+1].low != "je" || ws[k].low != "word" && ws[k].low != "wordt" {
			continue
		}
		np, ok := g.frontedNP(c, k)
		if !ok || !g.passiveRest(d, c, k+2) {
			return
		}
		timeNP := g.saysWhen(np)
		switch {
		case ws[k].low == "word" && !timeNP && np[0].low != "elke" && np[0].low != "iedere":
			t := d.Tokens[ws[k].tok]
			report(t.Start, t.End, d.T(
				"In de lijdende vorm is ‘"+phrase(np)+"’ het onderwerp en ‘je’ het meewerkend voorwerp: "+phrase(np)+" wordt je …",
				"In this passive ‘"+phrase(np)+"’ is the subject and ‘je’ the indirect object, so the verb takes -t: wordt je."),
				caseLike(ws[k].text, "wordt"))
		case ws[k].low == "wordt" && timeNP:
			t := d.Tokens[ws[k].tok]
			report(t.Start, t.End, d.T(
				"‘"+phrase(np)+"’ zegt wanneer; het onderwerp is ‘je’, achter de persoonsvorm, dus zonder t: word je.",
				"‘"+phrase(np)+"’ says when; the subject is ‘je’, after the verb, so without -t: word je."),
				caseLike(ws[k].text, "word"))
		}
		return
	}
}

// frontedNP returns the noun phrase before the verb at k: a determiner,
// at most one adjective and a singular noun ("de hele dag", "deze
// informatie"). "Die" and "dat" opening the sentence are its determiner.
// "Een" and "geen" are left out: "Een goede kok word je" has a predicate.
func (g *gram) frontedNP(c clause, k int) ([]gword, bool) {
	np := c.words[:k]
	if c.first && (c.opener == "die" || c.opener == "dat") {
		np = append([]gword{{low: c.opener, word: true}}, np...)
	}
	if len(np) < 2 || len(np) > 3 || !passiveDeterminers[np[0].low] {
		return nil, false
	}
	head := np[len(np)-1]
	if !g.nounOnly(head) || g.cls(head)&formPlural != 0 {
		return nil, false
	}
	return np, len(np) == 2 || g.cls(np[1])&formAdjective != 0 || ordinalLike(np[1].low)
}

// passiveDeterminers open a noun phrase that may be a passive's subject
// or a phrase of time.
var passiveDeterminers = map[string]bool{"de": true, "het": true, "deze": true, "dit": true, "die": true, "dat": true,
	"mijn": true, "jouw": true, "onze": true, "uw": true, "elke": true, "iedere": true}

// passiveRest: after "je" only adverbs and prepositional phrases come
// before a participle that ends the clause, or that only a prepositional
// phrase follows ("… verteld door een visser"); another noun phrase might
// be the subject, and a clause after it might be too ("… gevraagd om").
func (g *gram) passiveRest(d *Doc, c clause, from int) bool {
	ws := c.words
	p := from
	for p < len(ws) && !(g.participle(ws[p]) && (p+1 == len(ws) || nlPrepositions[ws[p+1].low])) {
		p++
	}
	if p == len(ws) || g.subClauseFollows(d, c) || g.finiteIn(ws[p+1:]) {
		return false
	}
	inPP := false // inside a prepositional phrase, until its noun
	for _, w := range ws[from:p] {
		switch {
		case nlNominative[w.low], g.finite(w) && !g.participle(w):
			return false
		case nlPrepositions[w.low]:
			inPP = true
		case inPP:
			inPP = !g.nounOnly(w)
		case !g.adverbial(w):
			return false
		}
	}
	return true
}

// adverbial: a word that says how, when or where on its own: "morgen",
// "gratis", "hierdoor", "thuis".
func (g *gram) adverbial(w gword) bool {
	return nlAdverbs[w.low] || g.skippableAdverb(w) || pronominalAdverb(w.low) || g.bareAdjective(w) || w.low == "thuis"
}

// participle: a participle the dictionary tags ("gebeld", "bezorgd") or
// a strong one it lists as an adjective or noun ("aangeboden",
// "gehouden").
func (g *gram) participle(w gword) bool {
	c := g.cls(w)
	if c&formParticiple != 0 {
		return true
	}
	if c&(formAdjective|formNoun) == 0 || c&(formInfinitive|formPlural|formStem) != 0 || !strings.HasSuffix(w.low, "en") {
		return false
	}
	i := strings.Index(w.low, "ge")
	return i == 0 || i > 0 && nlPrepositions[w.low[:i]] || hasVerbPrefix(w.low)
}

func hasVerbPrefix(w string) bool {
	for _, p := range []string{"be", "ver", "ont", "her"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+4 {
			return true
		}
	}
	return false
}

// saysWhen: the phrase names a time ("de hele dag", "elke ochtend",
// "het eerste schooljaar") or a stretch ("het hele traject").
func (g *gram) saysWhen(np []gword) bool {
	for _, w := range np[1 : len(np)-1] {
		if w.low == "hele" || w.low == "gehele" {
			return true
		}
	}
	head := np[len(np)-1].low
	for _, t := range timeNouns {
		if strings.HasSuffix(head, t) {
			return true
		}
	}
	return false
}

// timeNouns end the nouns that name a time, also in compounds
// ("schooljaar", "zaterdagochtend").
var timeNouns = []string{"dag", "week", "maand", "jaar", "uur", "kwartier", "minuut", "seconde", "moment",
	"ochtend", "morgen", "middag", "avond", "nacht", "weekend", "keer", "periode", "tijd", "eeuw",
	"seizoen", "zomer", "winter", "lente", "herfst", "vakantie", "les", "ronde", "fase"}

// phrase writes words as they stand in lower case.
func phrase(ws []gword) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.low
	}
	return strings.Join(parts, " ")
}
