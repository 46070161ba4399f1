package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The present tense: the verb's ending follows the subject. "ik word",
// "jij wordt", "hij wordt", but "word je" (je after the verb drops the t)
// and "wordt u" (u keeps it).

// checkPresent reports present-tense forms that do not agree with the
// clause's subject.
func (g *gram) checkPresent(d *Doc, c clause, report Report) {
	for k := range c.words {
		if s, p, ok := g.subjectBefore(c, k); ok {
			// After "als" or "zoals" the pronoun may end a comparison and a
			// noun follow it: "vrouwen zoals jij pijn doen".
			comparison := c.opener == "als" || c.opener == "zoals"
			ws := c.words
			objectNext := k+1 < len(ws) && objectPronouns[ws[k+1].low] // "Een goede leider onderscheid zich"
			nounOK := noNounAfter[s] && !comparison && !g.verbMayFollow(d, c, k) || s == "" && (g.onlyVerb(c, k) || objectNext)
			g.reportAgree(d, c.words[k], s, p, nounOK, report)
			continue
		}
		if s, p, ok := g.subjectAfter(d, c, k); ok {
			// Right after "hoe", "waar" … a noun cannot stand (questionVerb).
			nounOK := noNounAfter[s] && !g.mayEndNounPhrase(c, k) || k == 0 && c.question && whQuestion[c.opener]
			g.reportAgree(d, c.words[k], s, p, nounOK, report)
			continue
		}
		g.checkReflexiveStem(d, c, k, report)
	}
	g.checkVerbFinal(d, c, report)
	g.checkClauseStems(d, c, report)
	g.checkHomograph(d, c, report)
	g.checkGeldtVoor(d, c, report)
	g.checkNounAfterArticle(d, c, report)
}

// verbMayFollow: in a subordinate clause the verb comes last, so a word
// at k that is also a noun may be the object of a verb still to come:
// "omdat hij werk heeft", "of zij zin had", "omdat hij reis en verblijf
// betaalt" (the "en" joins two nouns, and the verb comes after them).
func (g *gram) verbMayFollow(d *Doc, c clause, k int) bool {
	ws := c.words
	if c.kind != openSubord && c.kind != openRel || g.cls(ws[k])&formNoun == 0 {
		return false
	}
	last := ws[len(ws)-1]
	if g.nextIsOpener(d, last, "en") || g.nextIsOpener(d, last, "of") {
		return true // "of het werk nu thuis of op kantoor gebeurt": the clause goes on
	}
	return k+1 < len(ws) && (g.verbBetween(ws[k+1:]) || g.mayBeVerb(ws[k+1:]))
}

// onlyVerb: after a definite noun phrase that opens the sentence, the
// word at k is the only one that can be its verb, so a stem that is also
// a noun ("raad", "antwoord") is the verb: "Mijn dochter raad elk jaar
// wat ..." wants "raadt". Where another word may be the verb, the stem
// may belong to the noun phrase. Headlines have no verb at all: a list
// after a comma ("een goed boek en ..."), an amount ("Een jaar werk in
// één presentatie", "Elke dag werk aan de winkel"), so "een" and "elke"
// do not count; and a head that is also an adjective ("een goed") may be
// the adjective of the noun that follows.
func (g *gram) onlyVerb(c clause, k int) bool {
	ws := c.words
	if k < 2 || c.kind != openStart || k+1 >= len(ws) || !definiteDeterminers[ws[0].low] || g.cls(ws[k-1])&formAdjective != 0 {
		return false
	}
	return g.onlyFinite(c, k)
}

// definiteDeterminers open a noun phrase about one known thing.
var definiteDeterminers = map[string]bool{"de": true, "het": true, "deze": true, "dit": true, "mijn": true,
	"onze": true, "ons": true, "jouw": true, "uw": true}

// mayEndNounPhrase: the word at k follows a determiner, a preposition or
// an adjective, so it may be a noun before an inverted subject: "welk
// land hij bedoelt", "wat voor werk hij doet".
func (g *gram) mayEndNounPhrase(c clause, k int) bool {
	if k == 0 {
		return false
	}
	p := c.words[k-1]
	return nlDeterminers[p.low] || nlPrepositions[p.low] || p.low == "welk" || p.low == "welke" || g.cls(p)&formAdjective != 0 && !nlAdverbs[p.low]
}

// reportAgree reports w when it does not agree with subj. nounOK says
// whether w may be a noun-verb homograph: only when it follows the
// pronoun directly (a subordinate clause's last word may be an object).
func (g *gram) reportAgree(d *Doc, w gword, subj string, p person, nounOK bool, report Report) {
	right := g.agree(w, p, nounOK)
	if right == "" {
		return
	}
	t := d.Tokens[w.tok]
	report(t.Start, t.End, dtReason(d, subj, p, right), caseLike(w.text, right))
}

// subjectBefore finds the subject right before word k when it opens the
// clause: "hij wordt", "als je vindt", "dat betekent", "de gemeente houdt".
// A pronoun after the verb makes the first word an object put first
// ("Dat vind ik", "Het land zie je"), so then it says nothing.
func (g *gram) subjectBefore(c clause, k int) (string, person, bool) {
	ws := c.words
	// A subject pronoun after the verb is its inverted subject ("Dat vind
	// ik"), unless "ik" opened the clause: then "jullie", "u" or "je" is
	// the object ("Ik bel u morgen").
	if k+1 < len(ws) && nlNominative[ws[k+1].low] && !(k == 1 && ws[0].low == "ik" && objectToo[ws[k+1].low]) {
		return "", personNone, false
	}
	switch {
	case k == 0 && (c.opener == "dat" || c.opener == "wat" || c.opener == "wie") && !g.singularNPAt(ws, k+1):
		// "Wie antwoord er?": "wie" is the subject; in "Wat vind de
		// klant?" the noun phrase is (see subjectAfter).
		return c.opener, personThird, true
	case k >= 1 && (ws[k-1].low == "ik" || ws[k-1].low == "jij") && !g.finiteIn(ws[:k-1]):
		return ws[k-1].low, subjectPronouns[ws[k-1].low], true
	case k == 1 && ws[0].word:
		if p, ok := subjectPronouns[ws[0].low]; ok {
			return ws[0].low, p, true
		}
		// "Oma snijd de taart aan": a bare singular noun opening the
		// sentence, before a stem that is nothing else, is its subject.
		// So is a name ("Lisa zoek nog collega's"): a capitalised word
		// the dictionary does not know.
		return ws[0].text, personThird, c.first && c.kind == openStart && (g.bareSingular(ws[0]) || g.nameOpens(ws[0])) && g.pureStem(ws[1])
	case k == 2 || k == 3:
		if g.singularNP(ws[:k]) {
			return "", personThird, true
		}
	}
	if k >= 3 && c.first && c.kind == openStart && g.pureStem(ws[k]) && g.widerSubject(ws[:k]) {
		return "", personThird, true
	}
	return "", personNone, false
}

// widerSubject: ws is a singular noun phrase followed by a name ("Mijn
// collega Sanne") or by a preposition and a short phrase ("Onze klant in
// Duitsland", "De man met de hoed"), so the stem after it is its verb:
// a stem and nothing else cannot end a noun phrase.
func (g *gram) widerSubject(ws []gword) bool {
	for j := 2; j <= 3 && j < len(ws); j++ {
		if !g.singularNP(ws[:j]) {
			continue
		}
		rest := ws[j:]
		if len(rest) == 1 && g.nameAt(ws, j) {
			return true // "Mijn collega Sanne"
		}
		if len(rest) >= 2 && nlPrepositions[rest[0].low] && g.shortPhrase(ws, j+1) {
			return true
		}
	}
	return false
}

// shortPhrase: ws from i on is a name, or a noun with at most a
// determiner and an adjective before it.
func (g *gram) shortPhrase(ws []gword, i int) bool {
	rest := ws[i:]
	if len(rest) == 1 {
		return g.nameAt(ws, i) || g.cls(rest[0])&formNoun != 0 && g.cls(rest[0])&(formStem|formThird|formPast|formParticiple) == 0
	}
	if len(rest) > 3 || !npDeterminers[rest[0].low] && !nlArticles[rest[0].low] {
		return false
	}
	head := rest[len(rest)-1]
	if g.cls(head)&formNoun == 0 || g.cls(head)&(formThird|formPast|formParticiple) != 0 {
		return false
	}
	return len(rest) == 2 || g.cls(rest[1])&formAdjective != 0
}

// nameOpens: the sentence's first word is capitalised and no word the
// dictionary or the word lists know, so a name.
func (g *gram) nameOpens(w gword) bool {
	r, _ := utf8.DecodeRuneInString(w.text)
	return w.word && unicode.IsUpper(r) && !isCaps(w.text) && g.cls(w) == 0 && !functionWord(w.low)
}

// questionVerb: the word at k, right after a question word, is the
// verb: a stem and nothing else, or also a noun after "hoe", "waar",
// "waarom" or "wanneer", which cannot stand before a noun ("Hoe werk de
// app?"), while "wat" can ("Wat werk doe je?").
func (g *gram) questionVerb(c clause, k int) bool {
	w := c.words[k]
	if g.pureStem(w) {
		return true
	}
	return whQuestion[c.opener] && g.cls(w)&formStem != 0 && g.cls(w)&(formThird|formAdjective|formParticiple|formPast) == 0
}

// subjectBeforeVerb are the pronouns that can only be the subject: right
// before a verb they are its subject, and a pronoun after it is an object.
var subjectBeforeVerb = map[string]bool{"ik": true, "jullie": true, "wij": true, "we": true, "hij": true}

// objectToo are the subject pronouns that may also be objects.
var objectToo = map[string]bool{"jullie": true, "u": true, "je": true, "ze": true}

// singularNP recognises a subject like "de gemeente" or "mijn oude fiets":
// a determiner, at most one adjective, and a noun that is singular. The
// noun may be a verb stem too ("het bedrijf", "de prijs"): after the
// determiner a stem cannot be the verb, which would need its t.
func (g *gram) singularNP(ws []gword) bool {
	if len(ws) < 2 || !npDeterminers[ws[0].low] {
		return false
	}
	head := ws[len(ws)-1]
	if g.cls(head)&formNoun == 0 || g.cls(head)&(formPlural|formThird|formPast|formParticiple) != 0 {
		return false
	}
	return len(ws) == 2 || g.cls(ws[1])&formAdjective != 0 && g.cls(ws[1])&formNoun == 0
}

// npDeterminers open a noun phrase: "je", "haar" and "zijn" may be
// pronouns on their own ("als je tijd hebt"), "die" and "dat" may open a
// clause. "ons" is a pronoun too, but not before a noun and a verb.
var npDeterminers = map[string]bool{"de": true, "het": true, "een": true, "deze": true, "dit": true, "ons": true,
	"mijn": true, "jouw": true, "onze": true, "uw": true, "elke": true, "iedere": true, "ieder": true, "elk": true}

// subjectAfter finds a pronoun subject right after word k: "wordt ik",
// "vindt jij", "vind hij", "vind u", and "wordt je" where the words before
// leave no doubt that je is the subject (see jeIsSubject).
func (g *gram) subjectAfter(d *Doc, c clause, k int) (string, person, bool) {
	ws := c.words
	if k+1 == len(ws) && ws[k].low == "word" && g.nextIsOpener(d, ws[k], "dat") && g.inverted(c, k) {
		return "dat", personThird, true // "Volgens mij word dat niks": "dat" opened no clause
	}
	if k+1 >= len(ws) || k > 0 && subjectBeforeVerb[ws[k-1].low] {
		return "", personNone, false // "Jullie kunt je nog aanmelden": je is the object
	}
	s := ws[k+1].low
	switch s {
	case "ik":
		return s, personIk, true
	case "jij":
		return s, personJijAfter, k+2 < len(ws) || c.question
	case "je":
		return s, personJijAfter, g.jeIsSubject(d, c, k)
	case "u":
		if ws[k].low == "is" || ws[k].low == "was" {
			// "Is u dat bekend?", "Het is u vast opgevallen": u is the
			// indirect object as often as an old-fashioned subject.
			return "", personNone, false
		}
		// At the start of a statement, "meld u aan" and "maak u geen
		// zorgen" are imperatives with u as their object; not after an
		// auxiliary ("word u geholpen"), nor before "meer" ("vind u meer"),
		// nor a verb of finding before a determiner ("vind u een overzicht"):
		// nobody finds or reads themselves something.
		return s, personU, k > 0 || c.question && c.first || nlAuxiliaries[ws[k].low] || g.moreAfterU(ws, k+2) ||
			g.findsForU(ws, k)
	case "hij", "zij":
		return s, personThird, true
	case "het", "dit", "dat":
		return s, personThird, g.inverted(c, k) && ws[k].low == "word" && (k+2 == len(ws) || !nlNominative[ws[k+2].low])
	}
	if ws[k].low == "word" && g.singularNPAt(ws, k+1) && (g.inverted(c, k) || k > 0 && !pronounIn(ws[:k]) || k == 0 && c.afterSub && g.participleEnds(ws)) {
		// "Volgende week word de website vernieuwd": whether the
		// website or the week is the subject, it is singular. After a
		// subordinate clause "word" opens the main clause, and a closing
		// participle rules out the imperative.
		return "", personThird, true
	}
	if ws[k].low == "word" && k+1 < len(ws) && g.impersonalPassive(ws[k+1:]) &&
		(k > 0 && g.frontedNonSubject(c, k) || k == 0 && whereOpener(c.opener)) {
		// "Hier word hard gewerkt", "waarin word beschreven hoe": a
		// passive without a subject, whose verb is always "wordt".
		return "", personThird, true
	}
	if k == 0 && c.question && (whQuestion[c.opener] || c.opener == "wat" || c.opener == "wie") && g.questionVerb(c, k) && (g.singularNPAt(ws, k+1) || g.nameAt(ws, k+1)) {
		// "Wanneer vind de vergadering plaats?": a question has no
		// imperative, so the noun phrase is the subject. Elsewhere a stem
		// before a noun phrase may be an instruction ("Daarna kies de
		// optie Opslaan"), which is left alone.
		return "", personThird, true
	}
	return "", personNone, false
}

// participleLike: a participle that is nothing else: weak ones have the
// class, strong ones are recognised by strongParticiple.
func (g *gram) participleLike(w gword) bool {
	c := g.cls(w)
	if c&formParticiple != 0 {
		return c&(formNoun|formStem) == 0
	}
	return strongParticiple(w.low, c)
}

// strongParticiple: the dictionary tags no strong participle; it gives
// "gevonden", "gesproken" or "beschreven" only the "other" or "adjective"
// class. Such a word with a participle's prefix and its -en is one.
func strongParticiple(w string, c uint32) bool {
	if c != formOther && c != formAdjective || !strings.HasSuffix(w, "en") {
		return false
	}
	for _, p := range []string{"ge", "be", "ver", "ont", "her", "er"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+3 {
			return true
		}
	}
	return false
}

// whereOpener: "waar" or "waar" and a preposition ("waarin", "waarop")
// opened the clause; it is never its subject.
func whereOpener(w string) bool {
	rest, ok := strings.CutPrefix(w, "waar")
	return ok && (rest == "" || nlPrepositions[rest] || rest == "mee" || rest == "toe")
}

// impersonalPassive: after "word" come only adverbs, adjectives without
// -e ("hard"), or "er", and then a participle that ends the clause.
func (g *gram) impersonalPassive(rest []gword) bool {
	last := rest[len(rest)-1]
	if !g.participleLike(last) {
		return false
	}
	for _, w := range rest[:len(rest)-1] {
		adjective := g.cls(w)&formAdjective != 0 && !strings.HasSuffix(w.low, "e")
		if !(nlAdverbs[w.low] || w.low == "er" || w.low == "veel" || adjective) || nlNominative[w.low] {
			return false
		}
	}
	return true
}

// onlyFinite: no word of the clause but the one at k can be its verb;
// "zijn" before a noun is his.
func (g *gram) onlyFinite(c clause, k int) bool {
	ws := c.words
	for i, w := range ws {
		possessive := w.low == "zijn" && i+1 < len(ws) && g.cls(ws[i+1])&formNoun != 0
		if i != k && (g.finite(w) && !possessive || w.low == "te") {
			return false
		}
	}
	return true
}

// participleEnds: the clause closes with a participle, so a "word" in it
// is the passive's auxiliary, not an imperative ("Als het kan, word de
// site vernieuwd" against "Als je durft, word de beste versie").
func (g *gram) participleEnds(ws []gword) bool {
	return g.cls(ws[len(ws)-1])&formParticiple != 0
}

// pureStem: a present stem with a different t-form, and no noun or
// adjective ("land", "luid") it could also be.
func (g *gram) pureStem(w gword) bool {
	c := g.cls(w)
	return c&formStem != 0 && c&(formThird|formNoun|formAdjective|formParticiple) == 0
}

// pronounIn: one of the words is a personal pronoun that may be the
// subject ("Morgen ik word ..." is no sentence, but leaves doubt).
func pronounIn(ws []gword) bool {
	for _, w := range ws {
		if subjectPronouns[w.low] != personNone || w.low == "het" {
			return true
		}
	}
	return false
}

// singularNPAt: a singular noun phrase begins at i ("de nieuwe website").
// After an inverted "word" it can only be the subject: worden takes no
// object, so "Morgen word de site vernieuwd" wants "wordt".
func (g *gram) singularNPAt(ws []gword, i int) bool {
	for n := 2; n <= 3 && i+n <= len(ws); n++ {
		if g.singularNP(ws[i : i+n]) {
			return true
		}
	}
	return false
}

// moreAfterU: "meer" follows, after any adverbs: "vind u hier meer
// informatie" has u as its subject. A determiner does not decide: "Maak
// u geen zorgen", "Bespaar u de moeite" are imperatives.
func (g *gram) moreAfterU(ws []gword, i int) bool {
	for i < len(ws) && g.skippableAdverb(ws[i]) {
		i++
	}
	return i < len(ws) && ws[i].low == "meer"
}

// findsForU: the verb at k is the stem of one of the findingVerbs
// (finding, seeing, reading, receiving, choosing, ordering), and a
// determiner follows "u" ("Vind u een overzicht", "Lees u het verslag"):
// nobody gets themselves those things. Buying is left out: "Koop u een
// nieuwe fiets" may be old-fashioned advice to buy oneself one.
func (g *gram) findsForU(ws []gword, k int) bool {
	v := ws[k].low
	return k+2 < len(ws) && findingVerbs[v] && v != "koop" && g.cls(ws[k])&formStem != 0 && nlDeterminers[ws[k+2].low]
}

// inverted: the verb at k stands where the subject follows it: after an
// adverb or phrase that is not the subject ("Morgen word het warm"), or
// first in a question ("Word het al licht?"). After "word" a following
// "het" is then its subject, or begins it: worden takes no object.
func (g *gram) inverted(c clause, k int) bool {
	if k == 0 {
		return c.question && c.first && (c.kind == openStart || whQuestion[c.opener])
	}
	return g.frontedNonSubject(c, k)
}
