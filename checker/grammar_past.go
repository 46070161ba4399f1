package checker

import "strings"

// Past tense and participles look alike in weak verbs whose stem ends in
// d or t: "verbrandde" is the past tense (hij verbrandde het hout),
// "verbrande" the participle before a noun (de verbrande fiets).

// pastCues say a clause is about the past: "Gisteren verhuisd hij" is
// "verhuisde", not "verhuist".
var pastCues = map[string]bool{"gisteren": true, "gisteravond": true, "gistermiddag": true, "gisterochtend": true,
	"eergisteren": true, "vorige": true, "vorig": true, "toen": true,
	"destijds": true, "vroeger": true, "geleden": true, "afgelopen": true, "laatst": true}

// pastOf is the weak past singular of a stem: "verhuis" -> "verhuisde",
// "besteed" -> "besteedde", or "" when the dictionary has none.
func (g *gram) pastOf(stem string) string {
	for _, end := range []string{"de", "te"} {
		if p := stem + end; g.classes(p)&formPast != 0 {
			return p
		}
	}
	return ""
}

// aboutThePast says whether the clause has a past-time word.
func aboutThePast(c clause) bool {
	for _, w := range c.words {
		if pastCues[w.low] {
			return true
		}
	}
	return pastCues[c.opener]
}

// checkPastForms reports a past tense before a noun ("de verbrandde
// fiets" -> "verbrande") and an attributive participle where a subject
// asks for the past tense: after it ("hij verbrande het hout", "dan ik
// verwachte"), or right behind it ("Gisteren verbrande ik alles"). An
// adjective in -e stands before a noun, never beside a bare pronoun.
func (g *gram) checkPastForms(d *Doc, c clause, report Report) {
	ws := c.words
	for k, w := range ws {
		if k == 0 {
			continue
		}
		prev := ws[k-1].low
		if k+1 == len(ws) {
			if pastSubjects[prev] {
				g.reportAttributive(d, prev, w, report)
			}
			continue
		}
		next := ws[k+1]
		switch {
		case nlArticles[prev] && g.cls(w)&formPast != 0 && g.cls(w)&(formParticipleE|notVerbOnly) == 0 && g.cls(next)&formNoun != 0:
			if right := g.attributive(w.low); right != "" {
				reportWord(d, w, right,
					"Voor een zelfstandig naamwoord staat het deelwoord: "+prev+" "+right+" "+next.low+"; ‘"+w.low+"’ is de verleden tijd.",
					"Before a noun Dutch uses the participle: "+prev+" "+right+" "+next.low+"; ‘"+w.low+"’ is the past tense.", report)
			}
		case k == 1 && pastSubjects[prev] && !nlNominative[next.low]:
			g.reportAttributive(d, prev, w, report)
		case pastSubjects[next.low] && !nlDeterminers[prev] && ws[k-1].word:
			g.reportAttributive(d, next.low, w, report)
		}
	}
}

// reportAttributive reports an attributive participle ("verbrande")
// standing as the finite verb beside the subject subj: the past tense
// has the stem's d or t and then -de ("verbrandde"). An old subjunctive
// the dictionary lists without a class ("melde", "lande") is the same
// slip beside "ik": "Gisteren melde ik me ziek" -> "meldde". Beside
// another subject it may be right ("Hij ruste in vrede", "zij beide").
func (g *gram) reportAttributive(d *Doc, subj string, w gword, report Report) {
	attributive := g.cls(w)&formParticipleE != 0 && g.cls(w)&(formPast|formNoun) == 0
	if !attributive && (subj != "ik" || !g.unclassed(w)) {
		return
	}
	g.reportPastFrom(d, subj, w, report)
}

// unclassed: a word the dictionary lists without a class, and no
// function word.
func (g *gram) unclassed(w gword) bool { return g.cls(w) == formOther && !functionWord(w.low) }

// checkSubjunctivePast: beside a word of past time an old subjunctive
// cannot be meant, so "Het vliegtuig lande gisteravond" and "Gisteren
// lande het vliegtuig" are the past tense: "landde". The subject stands
// before the verb (a pronoun or a noun phrase that opens the clause), or
// right after it when the time word opens the clause.
func (g *gram) checkSubjunctivePast(d *Doc, c clause, report Report) {
	ws := c.words
	if !aboutThePast(c) {
		return
	}
	for k := 1; k < len(ws); k++ {
		w := ws[k]
		if !g.unclassed(w) {
			continue
		}
		subj := ""
		switch {
		case k == 1 && pastSubjects[ws[0].low]:
			subj = ws[0].low
		case (k == 2 || k == 3) && g.singularNP(ws[:k]):
			subj = phrase(ws[:k])
		case k == 1 && pastCues[ws[0].low] && k+1 < len(ws) && (pastSubjects[ws[k+1].low] || definiteDeterminers[ws[k+1].low]):
			subj = ws[k+1].low
		}
		if subj != "" && subj != "ik" { // beside "ik" checkPastForms reports it
			g.reportPastFrom(d, subj, w, report)
		}
	}
}

// reportPastFrom reports w, a form in -de or -te beside its subject subj,
// when the dictionary lists the past tense with the stem's d or t.
func (g *gram) reportPastFrom(d *Doc, subj string, w gword, report Report) {
	right := g.pastFromAttributive(w.low)
	if right == "" {
		return
	}
	reportWord(d, w, right,
		"Dit is de verleden tijd: "+subj+" "+right+" (stam "+strings.TrimSuffix(right, right[len(right)-2:])+" + "+right[len(right)-2:]+").",
		"This is the past tense: "+subj+" "+right+" (stem + "+right[len(right)-2:]+").", report)
}

// pastSubjects are singular subject pronouns that cannot stand before an
// adjective ("je", "het", "dit" can: "je verwachte salaris").
var pastSubjects = map[string]bool{"ik": true, "jij": true, "hij": true, "zij": true, "u": true, "men": true}

// attributive: "verbrandde" -> "verbrande", "verwachtte" -> "verwachte".
func (g *gram) attributive(past string) string {
	for _, dd := range []string{"dde", "tte"} {
		if strings.HasSuffix(past, dd) {
			if a := past[:len(past)-2] + "e"; g.classes(a)&formParticipleE != 0 {
				return a
			}
		}
	}
	return ""
}

// pastFromAttributive: "verbrande" -> "verbrandde", for stems in d or t.
func (g *gram) pastFromAttributive(a string) string {
	if !strings.HasSuffix(a, "de") && !strings.HasSuffix(a, "te") {
		return ""
	}
	p := a[:len(a)-1] + a[len(a)-2:] // "verbrande" -> "verbrandde"
	if g.classes(p)&formPast == 0 {
		return ""
	}
	return p
}
