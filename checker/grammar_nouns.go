package checker

import (
	"strings"
	"unicode"
)

// nlArticles open a noun phrase and cannot stand before a verb: "een
// antwoordt" is the noun "antwoord" with a t that belongs to the verb.
// "het", "die", "je" and "hun" are left out: they are also pronouns
// ("het antwoordt", "als hij hun antwoordt"), and so are "haar" and "ons".
// So are "uw" and "jouw": before a verb the possessive itself may be the
// slip ("Uw valt weg" is "U valt weg", not "Uw val"). "mijn" and "onze"
// are seldom typed for "mij" and "ons", so "mijn antwoordt" is the noun.
var nlArticles = map[string]bool{"een": true, "de": true, "geen": true,
	"elk": true, "elke": true, "ieder": true, "iedere": true, "deze": true,
	"mijn": true, "onze": true}

// articlePreposition: after this preposition "het" is an article, as a
// pronoun would have become "eraan", "ervan". "voor", "tot", "sinds" and
// "na" also open clauses ("voor het donker wordt"), and so does "om".
func articlePreposition(p string) bool {
	switch p {
	case "voor", "vóór", "tot", "sinds", "na", "om":
		return false
	}
	return nlPrepositions[p] && !nlSubordinators[p]
}

// pronounDeterminers also stand alone as the subject ("Deze werkt
// prima", "Ieder vindt wel iets"): a form in -t right after one is its
// noun only when a finite verb follows it ("Ieder antwoordt telt").
var pronounDeterminers = map[string]bool{"een": true, "elk": true, "elke": true, "ieder": true, "iedere": true, "deze": true}

// checkNounAfterArticle: "een definitief antwoordt" -> "antwoord". An
// article, at most one adjective, then a present form with -t whose stem
// is a noun.
func (g *gram) checkNounAfterArticle(d *Doc, c clause, report Report) {
	ws := c.words
	for k, w := range ws {
		if k == 0 || !strings.HasSuffix(w.low, "t") {
			continue
		}
		a := k - 1
		// An adjective with -e may be the noun itself: "een blije komt",
		// "als je een aardige bent"; without it, it cannot ("een
		// definitief antwoordt").
		// Nor can it when the clause has its verb elsewhere: "Dat was
		// een goede vraagt", "Mijn grootste wenst is ...".
		if a > 0 && !nlArticles[ws[a].low] && nlArticles[ws[a-1].low] && g.cls(ws[a])&formAdjective != 0 && g.cls(ws[a])&(formStem|formThird) == 0 &&
			(!strings.HasSuffix(ws[a].low, "e") || g.certainlyFiniteIn(ws[:a-1]) || g.verbLater(ws, k+1)) {
			a--
		}
		// Only where "Het" or "Ons" opens a main clause: in "Of het werkt
		// weten we pas morgen" the verb of "het" closes its own clause.
		neuter := a == 0 && k == 1 && c.kind == openStart && (ws[a].low == "het" || ws[a].low == "ons") && g.verbLater(ws, k+1) ||
			a > 0 && a == k-1 && ws[a].low == "het" && articlePreposition(ws[a-1].low) // "aan het eindt van de dag"
		if !nlArticles[ws[a].low] && !neuter || g.cls(w)&formThird == 0 || g.cls(w)&(notVerbOnly|formParticiple|formStem) != 0 {
			continue
		}
		if a == k-1 && pronounDeterminers[ws[a].low] && !g.verbNext(ws, k) && !(a > 0 && nlPrepositions[ws[a-1].low]) {
			continue // "Deze werkt prima", "Ieder werkt anders": the verb of its pronoun; "met een lacht" has none
		}
		stem := g.stemOf(w.low)
		if stem == "" || g.classes(stem)&formNoun == 0 {
			continue
		}
		t := d.Tokens[w.tok]
		report(t.Start, t.End, d.T(
			"Na ‘"+ws[a].low+"’ volgt een zelfstandig naamwoord, zonder de t van het werkwoord: "+ws[a].low+" "+stem+".",
			"After ‘"+ws[a].low+"’ comes a noun, without the verb's -t: "+ws[a].low+" "+stem+"."),
			caseLike(w.text, stem))
	}
}

// objectPronouns can only be objects: a word before one that is a noun or
// a verb stem must be the verb ("Eerlijkheid gebied mij" -> "gebiedt").
var objectPronouns = map[string]bool{"mij": true, "me": true, "hem": true, "zich": true, "jou": true, "hen": true}

// checkHomograph handles a stem that is also a noun, where the clause
// leaves only the verb reading: in "Dit geld natuurlijk ook voor jou" no
// other word can be the verb, and an adverb follows "geld" at once, so it
// is "geldt"; in "Eerlijkheid gebied mij" an object pronoun follows.
// "Dit geld is van mij" has its verb ("is") and stays silent. "Hetzelfde
// geldt voor ons" is the set phrase: "Hetzelfde geld voor de anderen"
// wants "geldt", but "Hetzelfde geld voor minder werk" or "voor een
// betere auto" is a headline.
func (g *gram) checkHomograph(d *Doc, c clause, report Report) {
	ws := c.words
	subj := ""
	if len(ws) > 0 {
		subj = ws[0].low
	}
	if c.first && c.opener == "dat" && len(ws) >= 3 && capitalBefore(d, ws[0]) {
		// "Dat geld ook voor ons team": "Dat" opened the sentence, not a
		// clause; a text that opens with "dat" in lower case is the end
		// of a longer sentence ("dat plan ook niet ...").
		if t := g.prevContent(d, ws[0].tok); t >= 0 {
			ws = append([]gword{g.word(d, t, false)}, ws...)
			subj = "dat"
		}
	}
	if len(ws) < 3 || g.verbMayFollow(d, c, 1) {
		return // "Of het werk nu thuis of op kantoor gebeurt": the verb comes last
	}
	w := ws[1]
	if g.cls(w)&formStem == 0 || g.cls(w)&formNoun == 0 || g.cls(w)&(formAdjective|formOther|formThird|formParticiple|formPast) != 0 {
		return
	}
	if finiteOthers[w.low] || nlAuxiliaries[w.low] || irregularByForm[w.low] != nil {
		return // "Dit kan niet": a modal, not the stem of "kanten"
	}
	switch {
	case (subj == "dit" || subj == "dat" || subj == "het") && len(ws) >= 4 && nlAdverbs[ws[2].low]:
	case sameThing[subj] && w.low == "geld" && ws[2].low == "voor" && len(ws) > 3 && (definiteDeterminers[ws[3].low] || forWhom[ws[3].low]):
	case objectPronouns[ws[2].low] && g.bareSingular(ws[0]):
	default:
		return
	}
	if g.finiteIn(ws[2:]) {
		return
	}
	if right := g.third(w.low); right != "" {
		t := d.Tokens[w.tok]
		report(t.Start, t.End, dtReason(d, subj, personThird, right), caseLike(w.text, right))
	}
}

// capitalBefore: the word before w starts with a capital letter.
func capitalBefore(d *Doc, w gword) bool {
	for j := w.tok - 1; j >= 0; j-- {
		if t := d.Tokens[j]; t.Kind != Space {
			r := []rune(d.Text[t.Start:t.End])
			return len(r) > 0 && unicode.IsUpper(r[0])
		}
	}
	return false
}

// forWhom are the words after "geldt voor" that name who it is for.
var forWhom = map[string]bool{"iedereen": true, "alle": true, "elke": true, "iedere": true, "ieder": true,
	"jou": true, "u": true, "mij": true, "hen": true, "hun": true, "zowel": true}

// sameThing are pronouns that open "Hetzelfde geldt voor ...".
var sameThing = map[string]bool{"hetzelfde": true, "ditzelfde": true, "datzelfde": true}

// verbLater: a word from i on is certainly the clause's finite verb: an
// auxiliary or a form with -t that is only that, or a plural before its
// pronoun ("doen we"). Then "het" and a form with -t before it are a
// noun phrase: "Het onderhoudt van de machines doen we zelf" -> "Het
// onderhoud"; "Het werkt prima" has no other verb and stays silent.
func (g *gram) verbLater(ws []gword, i int) bool {
	for j := i; j < len(ws); j++ {
		w := ws[j]
		if g.certainlyFinite(w) && !functionWord(w.low) {
			return true
		}
		if j+1 < len(ws) && g.cls(w)&formInfinitive != 0 && (ws[j+1].low == "we" || ws[j+1].low == "wij" || ws[j+1].low == "ze") {
			return true
		}
	}
	return false
}

// bareSingular: a singular noun without an article, the subject of
// "Eerlijkheid gebiedt mij": a noun and nothing else.
func (g *gram) bareSingular(w gword) bool {
	return w.word && g.cls(w)&formNoun != 0 && g.cls(w)&(formPlural|formStem|formThird|formAdjective|formOther|formParticiple|formPast) == 0 &&
		!functionWord(w.low) // "het ik" is a noun too, but "Ik stuur hem" has a pronoun
}

// verbNext: the word after k is a finite verb, and not "zijn", which is a
// possessive as often ("Ieder werkt op zijn manier").
func (g *gram) verbNext(ws []gword, k int) bool {
	return k+1 < len(ws) && ws[k+1].low != "zijn" && g.finite(ws[k+1])
}
