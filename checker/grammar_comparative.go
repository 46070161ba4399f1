package checker

import "strings"

// "Groter als" is a comparison written with the "als" of equality ("zo
// groot als"); after a comparative Dutch compares with "dan".
var alsAfterComparative = confusion{"als", "dan", "Na een vergrotende trap (groter, meer, beter) vergelijk je met ‘dan’: meer dan honderd.",
	"After a comparative (groter, meer, beter) Dutch compares with ‘dan’: meer dan honderd."}

// irregularComparatives are comparatives the dictionary does not tag.
var irregularComparatives = map[string]bool{"meer": true, "minder": true, "beter": true, "liever": true, "eerder": true, "vaker": true, "later": true, "erger": true}

// comparedWith are words after which "als" can only compare: a number,
// "ooit", or a participle of expecting ("groter als verwacht"). "Beter
// als je oefent" (better if you practise) has a clause after "als" and
// stays silent.
var comparedWith = map[string]bool{"ooit": true, "verwacht": true, "gedacht": true, "gehoopt": true, "gepland": true,
	"voorzien": true, "begroot": true, "gemiddeld": true, "normaal": true, "vroeger": true, "voorheen": true,
	"gisteren": true, "vorig": true, "vorige": true, "mij": true, "hem": true, "hen": true, "gewoonlijk": true,
	"één": true, "honderd": true, "duizend": true, "twee": true, "drie": true, "vier": true, "vijf": true, "tien": true, "twintig": true}

// checkAlsDan: "meer als 100 mensen" -> "dan".
func (g *gram) checkAlsDan(d *Doc, c clause, report Report) {
	// "als" opens a clause, so it is this clause's opener and the
	// comparative ends the clause before; the sentence's tokens tell.
	if c.opener != "als" || len(c.words) == 0 {
		return
	}
	prev := g.prevWord(d, c.words[0].tok)
	if prev < 0 || !g.isComparative(d, prev) {
		return
	}
	first := c.words[0]
	if d.Tokens[first.tok].Kind != Number && !comparedWith[first.low] && !g.comparedAlone(c, d.lowerToken(prev)) {
		return
	}
	if als := g.prevContent(d, first.tok); als >= 0 {
		w := gword{tok: als, text: d.Tokens[als].Text, low: d.lowerToken(als), word: true}
		reportConfusion(d, w, alsAfterComparative, report)
	}
}

// comparedAlone: "als" is followed by a subject pronoun and nothing
// more ("ouder als ik."), or by a name after a comparative that is a
// noun itself ("een grotere als Kees"). With a verb "als" would open a
// clause ("beter als ik slaap"); after a bare comparative a name may be
// a role ("Ik ken hem beter als Sjaak").
func (g *gram) comparedAlone(c clause, comparative string) bool {
	if len(c.words) == 2 && possessives[c.words[0].low] && g.nounOnly(c.words[1]) && !irregularComparatives[comparative] {
		return true // "groter als haar broer"; "beter als mijn collega" may be a role
	}
	if g.nounPhraseOnly(c.words) && !irregularComparatives[comparative] && !inRole[comparative] {
		return true // "overzichtelijker als de oude versie": no verb, so no condition
	}
	if len(c.words) != 1 {
		return false
	}
	w := c.words[0]
	name := !w.lookup && w.word && w.text != w.low
	return name && strings.HasSuffix(comparative, "ere") || subjectPronouns[w.low] != personNone && nlNominative[w.low] && w.low != "het"
}

// nounPhraseOnly: ws is an article, at most one adjective and a noun, and
// nothing else.
func (g *gram) nounPhraseOnly(ws []gword) bool {
	if len(ws) < 2 || len(ws) > 3 || !nlArticles[ws[0].low] && ws[0].low != "het" {
		return false
	}
	if len(ws) == 3 && g.cls(ws[1])&formAdjective == 0 {
		return false
	}
	return g.nounOnly(ws[len(ws)-1]) && g.cls(ws[len(ws)-1])&(formStem|formInfinitive) == 0
}

// inRole are comparatives that say how someone does in a role, where
// "als" is "as": "bekender als de zanger van de band", "succesvoller als
// de nieuwe directeur".
var inRole = map[string]bool{"bekender": true, "geschikter": true, "succesvoller": true, "nuttiger": true,
	"waardevoller": true, "bruikbaarder": true, "populairder": true, "gelukkiger": true}

// possessives open a noun phrase about someone's own.
var possessives = map[string]bool{"mijn": true, "jouw": true, "zijn": true, "haar": true, "onze": true, "ons": true, "hun": true, "uw": true}

// isComparative says whether token i is an adjective's comparative, bare
// or with -e ("een grotere").
func (g *gram) isComparative(d *Doc, i int) bool {
	w := d.lowerToken(i)
	if base, ok := strings.CutSuffix(w, "e"); ok && strings.HasSuffix(base, "er") {
		w = base
	}
	return irregularComparatives[w] || g.classes(w)&formComparative != 0 && strings.HasSuffix(w, "er")
}

// prevContent is the token before i, skipping spaces; -1 at the start or
// after punctuation.
func (g *gram) prevContent(d *Doc, i int) int {
	for j := i - 1; j >= 0; j-- {
		switch d.Tokens[j].Kind {
		case Space:
			continue
		case Punct:
			return -1
		}
		return j
	}
	return -1
}

// prevWord is the word before the one before token i: the word before
// "als" when i follows "als".
func (g *gram) prevWord(d *Doc, i int) int {
	if j := g.prevContent(d, i); j >= 0 {
		return g.prevContent(d, j)
	}
	return -1
}
