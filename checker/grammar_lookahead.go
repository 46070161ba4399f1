package checker

import "strings"

// What follows a word: the rules about "je" after the verb look past
// adverbs to what comes next, and at the clause that follows, to tell a
// subject "je" from an object with its subject further on ("Dan valt je
// natuurlijk op dat het druk is").

// mayOpenSubject: a determiner, pronoun or quantity, which may begin a
// subject that follows an object "je".
func (g *gram) mayOpenSubject(w gword) bool {
	return !w.word || nlDeterminers[w.low] || subjectPronouns[w.low] != personNone || nlNominative[w.low] || quantityWords[w.low]
}

// skippableAdverb: an adverb between "je" and what decides, as long as
// it cannot begin a noun phrase itself ("veel", "meer" can: "veel werk").
func (g *gram) skippableAdverb(w gword) bool {
	if !w.word || quantityWords[w.low] || subjectPronouns[w.low] != personNone || nlDeterminers[w.low] {
		return false
	}
	return nlAdverbs[w.low] || g.cls(w) == formOther && !functionWord(w.low) && !ordinalLike(w.low)
}

// quantityWords head a noun phrase as well as modify a verb: "veel werk".
var quantityWords = map[string]bool{"veel": true, "meer": true, "minder": true, "weinig": true, "genoeg": true,
	"iets": true, "niets": true, "niks": true, "wat": true, "alles": true, "allemaal": true, "beide": true, "zoveel": true}

// ordinalLike: "eerste", "tweede", "zoveelste", "ene" stand between a
// possessive and its noun ("je eerste kans").
func ordinalLike(w string) bool {
	return w == "ene" || strings.HasSuffix(w, "ste") || strings.HasSuffix(w, "de") && len(w) > 4
}

// questionWordAfter: the word after w opens an indirect question, which
// a possessive cannot stand before: "Hier lees je hoe het werkt".
func (g *gram) questionWordAfter(d *Doc, w gword) bool {
	j := g.nextContent(d, w.tok)
	return j >= 0 && whQuestion[d.lowerToken(j)]
}

// subClauseFollows: the clause runs on into a subordinate one without a
// comma ("... verteld dat het kan", "... gevraagd om te komen").
func (g *gram) subClauseFollows(d *Doc, c clause) bool {
	j := g.nextContent(d, c.words[len(c.words)-1].tok)
	if j < 0 {
		return false
	}
	w := d.lowerToken(j)
	if w == "om" {
		return g.teFollows(d, j) // "om te tekenen", not "om acht uur"
	}
	k, ok := clauseBoundary(w)
	if !ok || k != openSubord && k != openRel {
		return false
	}
	if w != "dat" && w != "die" && w != "wat" {
		return true
	}
	// "van al dat gedoe": before a noun "dat" is a determiner.
	n := g.nextContent(d, j)
	return n < 0 || functionWord(d.lowerToken(n)) || g.classes(d.lowerToken(n))&(formNoun|formAdjective) == 0
}

// teFollows: "te" follows token i before the next punctuation.
func (g *gram) teFollows(d *Doc, i int) bool {
	for j := g.nextContent(d, i); j >= 0; j = g.nextContent(d, j) {
		if d.lowerToken(j) == "te" {
			return true
		}
	}
	return false
}

// cannotBeSubjectAfterJe: what follows "je" at i cannot be the subject of
// the singular verb v, so "je" is. A weak pronoun after "je" is never the
// subject, since a weak subject pronoun comes first ("Hoe vindt het je?",
// so "Hoe vindt je het?" has subject "je"); nor is a plural noun phrase
// the subject of a verb in -t ("Hier vindt je alle vacatures"). "wordt"
// is left out: "Dan wordt je de documenten gestuurd" wants "worden".
func (g *gram) cannotBeSubjectAfterJe(ws []gword, i int, v gword) bool {
	if v.low == "wordt" || g.cls(v)&formThird == 0 {
		return false
	}
	return g.weakObjectPronoun(ws, i) || g.pluralPhrase(ws, i)
}

// weakObjectPronoun: "hem", "ze", "'t", or "het" standing alone rather than
// before a noun ("het leuk" but not "het verschil"). "dat" and "die" may
// be subjects after an object ("Helpt je dat?"), "haar" a possessive.
func (g *gram) weakObjectPronoun(ws []gword, i int) bool {
	switch ws[i].low {
	case "hem", "ze", "'t":
		return true
	case "het":
		if i+1 == len(ws) || g.bareAdjective(ws[i+1]) || uninflectedAfterHet(g.cls(ws[i+1]), ws[i+1].low) {
			return true
		}
		next := ws[i+1]
		return next.word && !nlDeterminers[next.low] && !quantityWords[next.low] && !ordinalLike(next.low) &&
			g.cls(next)&(formNoun|formAdjective|formParticipleE|formComparative) == 0
	}
	return false
}

// uninflectedAfterHet: an adjective without -e, which after "het" can
// only follow a pronoun: "het vol houden", not "het volle glas". Those in
// -en keep their form before a noun too ("het open water").
func uninflectedAfterHet(c uint32, w string) bool {
	return c&formAdjective != 0 && c&(formNoun|formParticipleE|formThird) == 0 &&
		!strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "en")
}

// pluralPhrase: a plural noun at i, alone or after a plural determiner and
// at most one adjective ("recepten", "alle vacatures", "de nieuwe
// regels"). A plural that is also another form ("kosten", "middelen" as
// verbs) does not count.
func (g *gram) pluralPhrase(ws []gword, i int) bool {
	if pluralDeterminers[ws[i].low] {
		i++
		if i+1 < len(ws) && g.cls(ws[i])&formAdjective != 0 && g.cls(ws[i])&formNoun == 0 {
			i++
		}
	}
	if i >= len(ws) {
		return false
	}
	c := g.cls(ws[i])
	return c&formPlural != 0 && c&(formInfinitive|formStem|formThird|formOther|formAdjective) == 0 && !functionWord(ws[i].low)
}
