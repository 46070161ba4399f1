package checker

import "strings"

// presentOf returns the present form a participle is confused with, for a
// subject of person p: "gebeurd" -> "gebeurt", "verhuisd" -> "verhuis"
// (ik), "besteed" -> "besteedt".
func (g *gram) presentOf(w gword, p person) string {
	if g.cls(w)&formNoun != 0 {
		return ""
	}
	return g.presentOfVerb(w, p)
}

// presentOfVerb is presentOf for a word known to be the verb.
func (g *gram) presentOfVerb(w gword, p person) string {
	if !strings.HasSuffix(w.low, "d") || g.cls(w)&formParticiple == 0 || g.cls(w)&(formThird|formPast|formPlural) != 0 {
		return ""
	}
	stem := ""
	switch {
	case g.cls(w)&formStem != 0:
		stem = w.low // "besteed": stem and participle alike
	case g.classes(w.low[:len(w.low)-1])&formStem != 0:
		stem = w.low[:len(w.low)-1]
	default:
		return ""
	}
	if p == personIk || p == personJijAfter {
		if stem == w.low {
			return ""
		}
		return stem
	}
	return g.third(stem)
}

// wantsPresent: "Dit gebeurd vaak" -> "gebeurt". The word follows a
// pronoun subject that opens the clause ("dit gebeurd", "wat gebeurd") or
// is followed by one ("betekend dit"), and nothing in the clause, or in an
// earlier one the "en" may lean on, is an auxiliary or another verb.
func (g *gram) wantsPresent(d *Doc, c clause, k int) (string, string) {
	ws := c.words
	if !strings.HasSuffix(ws[k].low, "d") || g.cls(ws[k])&formParticiple == 0 {
		return "", "" // only participles in d have a present in t
	}
	subj, p := g.participleSubject(d, c, k)
	if p == personNone || c.kind == openCoord && c.prevHasAx {
		return "", ""
	}
	for i, w := range ws {
		possessive := w.low == "zijn" && i+1 < len(ws) && g.cls(ws[i+1])&formNoun != 0 // "aan zijn kinderen"
		if i != k && (g.finite(w) && !possessive || w.low == "te") {
			return "", ""
		}
	}
	if right := g.presentOf(ws[k], p); right != "" {
		return right, subj
	}
	if k+1 < len(ws) && objectPronouns[ws[k+1].low] && g.cls(ws[k])&formAdjective != 0 {
		// "Het verbaasd me": the dictionary lists some participles that
		// are adjectives as nouns too, but no noun stands before "me".
		return g.presentOfVerb(ws[k], p), subj
	}
	return "", ""
}

// personal pronouns leave no doubt that a clause has ended its subject;
// after "het", "dit" or "dat" a participle may still be an adjective
// before a noun ("dit verwacht resultaat"), so a word must follow that
// cannot be that noun.
var personal = map[string]bool{"ik": true, "jij": true, "je": true, "hij": true, "zij": true, "ze": true, "u": true, "men": true}

// invertedThird are the subjects, or "er", that follow a verb which
// opens its sentence; "vermeld het" (a stem: an imperative) is left out.
var invertedThird = map[string]bool{"er": true, "het": true, "dit": true, "dat": true, "hij": true, "zij": true}

// participleSubject finds the subject of a participle read as a present
// form, and the person it asks for.
func (g *gram) participleSubject(d *Doc, c clause, k int) (string, person) {
	ws := c.words
	if k+1 < len(ws) && k > 0 && (ws[k+1].low == "dit" || ws[k+1].low == "dat" || ws[k+1].low == "het" || ws[k+1].low == "hij" || ws[k+1].low == "zij") &&
		!nlNominative[ws[k-1].low] && subjectPronouns[ws[k-1].low] == personNone {
		return ws[k+1].low, personThird // "In de praktijk betekend dit ..."
	}
	if s, p := g.invertedSubject(d, c, k); p != personNone {
		return s, p
	}
	if s, p := g.reflexiveParticiple(c, k); p != personNone {
		return s, p
	}
	if s, p := g.phraseSubject(d, c, k); p != personNone {
		return s, p
	}
	if k == 0 && c.first && c.kind == openStart && g.cls(ws[0])&formStem == 0 {
		// "Gebeurd er iets?": a question or condition opens with its
		// verb, and its subject follows.
		if len(ws) > 1 && invertedThird[ws[1].low] {
			return ws[1].low, personThird
		}
	}
	subj := ""
	switch {
	case k == 0 && c.opener == "dat" && len(ws) == 1 && !c.first && c.prevHasAx:
		return "", personNone // "Is u dat bekend?": "dat" is the subject of "is"
	case k == 0 && (c.opener == "wat" || c.opener == "dat"):
		subj = c.opener
	case k == 1 && c.opener == "wat" && ws[0].low == "er":
		return "wat", personThird // "wat er gebeurd": no noun follows "er"
	case k == 1 && k+1 == len(ws) && (c.opener == "zoals" || c.opener == "als" && !g.finiteNext(d, ws[k])):
		return "", personNone // "zoals u gewend": the verb was left out
	case k == 1 && g.nameOpens(ws[0]) || k == 0 && c.opener == "wie":
		// "Sanne vertegenwoordigd ons bedrijf", "Wie verzorgd de
		// catering?": an object after it, so no headline's passive
		// ("Sanne benoemd tot directeur").
		if k+1 < len(ws) && (nlArticles[ws[k+1].low] || definiteDeterminers[ws[k+1].low]) {
			return ws[0].text, personThird
		}
		return "", personNone
	case k == 1 && ws[0].word:
		subj = ws[0].low
	default:
		return "", personNone
	}
	p := subjectPronouns[subj]
	if p == personNone || personal[subj] {
		return subj, p
	}
	if k+1 == len(ws) && (g.nextIsOpener(d, ws[k], "dat") || g.nextIsOpener(d, ws[k], "of")) {
		return subj, p // "Dat betekend dat ..."
	}
	if k+1 == len(ws) && (c.kind == openSubord || c.kind == openRel) && g.alone(d, ws[k]) {
		return subj, p // "Wat dit betekend, ...": no noun follows, and the clause needs its verb
	}
	if k+1 >= len(ws) || !g.cannotBeItsNoun(ws[k+1]) {
		return "", personNone
	}
	return subj, p
}

// cannotBeItsNoun: a word that cannot be the noun an adjective stands
// before: a function word, an adverb, a preposition or a pronoun.
func (g *gram) cannotBeItsNoun(w gword) bool {
	switch {
	case !w.word:
		return false
	case nlDeterminers[w.low], nlNominative[w.low], nlAdverbs[w.low], nlPrepositions[w.low]:
		return true
	}
	return g.cls(w) != 0 && g.cls(w)&(formNoun|formAdjective) == 0
}

// phraseSubject finds the subject of a participle read as a present form
// where a noun phrase or a subordinate clause's subject stands before it:
// "de gemeente besteed veel geld" (a participle after the noun cannot
// belong to it; "door" after it would make it a caption: "Het menu
// verzorgd door onze chef") and "zodat hij meer verdiend", where the
// participle closes the clause. After "als" and "zoals" a verb may be
// left out: "zoals hij gewend".
func (g *gram) phraseSubject(d *Doc, c clause, k int) (string, person) {
	ws := c.words
	np, check := ws[:k], ws[:k]
	if c.first && (c.opener == "dat" || c.opener == "die" || c.opener == "deze") && k > 0 {
		// "Dat argument overtuigd mij": the opener was a determiner. It
		// is tested as "deze", which opens a noun phrase and no clause.
		np = append([]gword{{low: c.opener, text: c.opener, word: true}}, ws[:k]...)
		check = append([]gword{{low: "deze", word: true}}, ws[:k]...)
	}
	if (len(np) == 2 || len(np) == 3) && k+1 < len(ws) && g.singularNP(check) && ws[k+1].low != "door" && (!nlNominative[ws[k+1].low] || ws[k+1].low == "je") &&
		!g.finiteNext(d, ws[len(ws)-1]) { // "De klant gewend aan snelle levering, verwacht ..."
		// "De app herinnerd je aan elke afspraak": with no verb in the
		// clause the participle is wrong either way, and the noun phrase
		// that opens it is far likelier its subject than "je".
		return phrase(np), personThird
	}
	conditional := c.opener == "als" && c.first && g.finiteNext(d, ws[k]) // "Als u vóór vrijdag betaald, ontvangt u ..."
	if c.kind != openSubord && c.kind != openRel || c.opener == "als" && !conditional || c.opener == "zoals" || k < 2 || k+1 != len(ws) || !g.alone(d, ws[k]) {
		return "", personNone
	}
	if subj, p, end := g.clauseSubject(ws); p != personNone && end < k-1 && g.cls(ws[k])&formAdjective == 0 {
		return subj, p
	}
	return "", personNone
}
