package checker

import "strings"

// whQuestion words put the subject after the verb when they open a
// question: "Hoe word je ...", "Waarom vind je ...". "wie" and "wat" are
// left out: they may be the subject themselves ("Wat houdt je tegen?").
var whQuestion = map[string]bool{"hoe": true, "waar": true, "waarom": true, "wanneer": true,
	"waarmee": true, "waarop": true, "waarin": true, "waarvan": true, "waardoor": true, "waarvoor": true, "waarover": true}

// jeIsSubject decides whether "je" after the verb at k is its subject
// ("Morgen word je opgehaald") rather than its object ("Dit helpt je
// verder") or a possessive ("Morgen wordt je fiets opgehaald"). It says
// yes only when what stands before the verb cannot be the subject, and
// what follows "je" cannot start a noun phrase.
func (g *gram) jeIsSubject(d *Doc, c clause, k int) bool {
	if !g.frontedNonSubject(c, k) || k == 0 && g.subjectDropped(c) {
		return false
	}
	if k+2 == len(c.words) {
		// "je" ends the clause: right before punctuation it stands alone,
		// before "dat" or "die" that word may be the subject ("Helpt je dat?").
		return g.alone(d, c.words[k+1])
	}
	if k > 0 && g.bareAdjective(c.words[k+2]) {
		return true // "Daar wordt je blij van": no noun phrase starts with "je blij"
	}
	return g.notNounStart(c.words, k+2)
}

// bareAdjective: an adjective without -e, which cannot follow a
// possessive "je" ("je blije gezicht"), so "je" before it is a pronoun.
func (g *gram) bareAdjective(w gword) bool {
	c := g.cls(w)
	return c&formAdjective != 0 && c&(formNoun|formParticipleE|formStem|formThird|formOther) == 0 && !strings.HasSuffix(w.low, "e")
}

// frontedNonSubject: the verb at k is preceded by something that is not
// a subject: nothing at all in a yes/no question, a subordinate clause, an
// adverb ("Hier"), a question word ("Hoe"), or a prepositional phrase
// ("Op onze website").
func (g *gram) frontedNonSubject(c clause, k int) bool {
	ws := c.words
	switch {
	case k == 0:
		// A statement seldom starts with its verb: "Word je ziek, bel dan"
		// and "Word je ook moe?" both have je as subject.
		return c.kind == openStart && c.first || c.afterSub ||
			whQuestion[c.opener] || nlAdverbs[c.opener] || nlPrepositions[c.opener] && c.first
	case k == 1 && nlAdverbs[ws[0].low] && ws[0].low != "er":
		return true
	}
	if !(nlPrepositions[ws[0].low] || c.opener == "om" && c.first) {
		return false
	}
	for _, w := range ws[1:k] {
		if nlNominative[w.low] || g.finite(w) {
			return false
		}
	}
	return true
}

// subjectDropped: a statement that opens with a verb may have left out
// its subject, as posts and ads do ("Helpt je bij het plannen", "Scheelt
// je echt veel tijd"): then "je" is the object. Questions, a verb after a
// subordinate clause, and an auxiliary followed by a participle ("Wordt
// je opgehaald") leave no room for that reading.
func (g *gram) subjectDropped(c clause) bool {
	if c.question || c.afterSub || c.kind != openStart {
		return false
	}
	ws := c.words
	if nlAuxiliaries[ws[0].low] {
		return false
	}
	return len(ws) < 3 || g.cls(ws[2])&formParticiple == 0
}

// notNounStart: the word at i cannot begin a noun phrase, so a "je"
// before it stands alone. Adverbs, prepositions and participles qualify;
// nouns, adjectives, determiners and unknown words do not.
func (g *gram) notNounStart(ws []gword, i int) bool {
	if i >= len(ws) {
		return true
	}
	w := ws[i]
	switch {
	case !w.word || nlDeterminers[w.low] || nlNominative[w.low]:
		return false
	case nlAdverbs[w.low] || nlPrepositions[w.low]:
		return true
	}
	return g.cls(w)&(formParticiple|formInfinitive) != 0 && g.cls(w)&(formNoun|formParticipleE) == 0
}
