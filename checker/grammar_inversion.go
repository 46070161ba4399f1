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
// nothing after "je" can be: an object "je" may stand before the subject
// ("Dan valt je natuurlijk op dat ...", "Daar lukt je echt alles").
func (g *gram) jeIsSubject(d *Doc, c clause, k int) bool {
	if secondPersonOnly[c.words[k].low] && !pronounIn(c.words[:k]) {
		// "Hier kunt je meer lezen": "kunt" agrees with jij or u alone; in
		// "Jij bent je sleutels kwijt" the subject came first.
		return true
	}
	if k == 0 && c.first && c.kind == openStart && g.thenFollows(d, c) && g.noSubjectAfterJe(c.words, k+2) {
		// "Houdt je van koffie, dan ben je bij ons goed": a condition
		// put as a question, answered by "dan". Where a subject may
		// follow "je", "je" is its object: "Valt je iets op, dan ...".
		return true
	}
	if k == 0 && c.opener == "wat" && opinionVerbs[g.stemOf(c.words[k].low)] && (k+2 == len(c.words) && g.alone(d, c.words[k+1]) ||
		g.noSubjectAfterJe(c.words, k+2) || k+2 < len(c.words) && (pronominalAdverb(c.words[k+2].low) || erAdverb(c.words[k+2].low))) {
		// "Wat vindt je van ons logo?", "Wat denkt je ervan?": "wat" is
		// what is thought, so "je" thinks it.
		return true
	}
	if !g.frontedNonSubject(c, k) && !g.frontedPlural(c, k) && !g.frontedFoundThing(c, k) || k == 0 && g.subjectDropped(c) {
		return false
	}
	ws := c.words
	if k+2 == len(ws) {
		// "je" ends the clause: right before punctuation it stands alone,
		// before "dat" or "die" that word may be the subject ("Helpt je dat?"),
		// before a question word it cannot be ("Hier lees je hoe ...").
		return g.alone(d, ws[k+1]) || g.questionWordAfter(d, ws[k+1])
	}
	i := k + 2
	if n := ws[i]; n.word && g.cls(n) == formOther && !nlAdverbs[n.low] && !functionWord(n.low) {
		// A word the dictionary leaves unclassed may be a noun after a
		// possessive "je" ("Werkt je wifi weer?"), unless it is a known
		// adverb ("Morgen wordt je eindelijk ...").
		return false
	}
	for i+1 < len(ws) && g.skippableAdverb(ws[i]) {
		i++ // "vast", "natuurlijk", "ineens": look at what follows
	}
	if g.cannotBeSubjectAfterJe(ws, i, ws[k]) || g.findingVerb(ws[k]) && i == k+2 && (nlDeterminers[ws[i].low] || quantityWords[ws[i].low]) {
		return true
	}
	if g.subClauseFollows(d, c) && !knowingVerbs[g.stemOf(ws[k].low)] {
		// "Dan wordt je verteld dat ...", "Dan valt je op dat ...": the
		// clause that follows may be the subject, and "je" its object.
		return false
	}
	if (k > 0 || c.opener != "") && g.bareAdjective(ws[i]) {
		return true // "Daar wordt je blij van": no noun phrase starts with "je blij"
	}
	if i > k+2 {
		// "Hier vindt je ook recepten": "je" is no possessive before "ook";
		// but a determiner or pronoun there may begin the subject ("Soms
		// bekruipt je toch het gevoel", "Daar lukt je echt alles").
		return !g.mayOpenSubject(ws[i])
	}
	return g.notNounStart(ws, i)
}

// opinionVerbs take "wat" as their object: what someone thinks of it.
var opinionVerbs = map[string]bool{"vind": true, "denk": true}

// noSubjectAfterJe: after "je" at i-1, and any adverbs, comes a
// preposition with its own words ("je van koffie", "je vóór tien uur")
// or a weak "het" ("je het leuk"), or nothing but listed adverbs
// ("Verhuist je binnenkort, ..."), so no subject can follow. A particle
// that ends the clause ("Valt je op, dan ...") or a word that may begin
// a subject ("Valt je straks iets op", "Komt je morgen beter uit")
// leaves "je" the object.
func (g *gram) noSubjectAfterJe(ws []gword, i int) bool {
	if i < len(ws) && onlyAdverbs(ws[i:]) {
		return true
	}
	for i+1 < len(ws) && g.skippableAdverb(ws[i]) {
		i++
	}
	if i+1 >= len(ws) {
		return false
	}
	return nlPrepositions[ws[i].low] && !indefiniteSubjects[ws[i+1].low] || g.weakObjectPronoun(ws, i)
}

// indefiniteSubjects may follow an object "je" as the subject, or
// begin it after a preposition.
var indefiniteSubjects = map[string]bool{"iets": true, "niets": true, "niks": true, "alles": true, "er": true,
	"het": true, "dat": true, "dit": true, "wat": true, "veel": true, "meer": true}

// onlyAdverbs: every word is a listed adverb, and none is a particle
// that may close a separable verb ("op", "mee").
func onlyAdverbs(ws []gword) bool {
	for _, w := range ws {
		if !w.word || !nlAdverbs[w.low] || nlPrepositions[w.low] || nlSeparableParts[w.low] {
			return false
		}
	}
	return true
}

// knowingVerbs have a person as their subject and take what follows
// as their object: in "Merkt je ook dat ..." and "Raadt je al waar ..."
// the clause after them cannot be the subject, so "je" is.
var knowingVerbs = map[string]bool{"merk": true, "raad": true, "snap": true, "begrijp": true, "denk": true,
	"verwacht": true, "hoop": true, "geloof": true, "vermoed": true, "besef": true, "ontdek": true}

// thenFollows: the clause ends at a comma and the next one opens with
// "dan", or with a request and "dan" ("Verhuis je, geef dan ...").
func (g *gram) thenFollows(d *Doc, c clause) bool {
	last := c.words[len(c.words)-1].tok
	for j := last + 1; j < len(d.Tokens); j++ {
		switch t := d.Tokens[j]; {
		case t.Kind == Space:
		case t.Kind == Punct && d.Text[t.Start:t.End] == ",":
			n := g.nextContent(d, j)
			if n >= 0 && d.lowerToken(n) != "dan" && g.classes(d.lowerToken(n))&formStem != 0 {
				n = g.nextContent(d, n) // "geef dan", "neem dan"
			}
			return n >= 0 && d.lowerToken(n) == "dan"
		default:
			return false
		}
	}
	return false
}

// bareAdjective: an adjective without the -e of inflection ("moe" has
// its own), which cannot follow a possessive "je" ("je blije gezicht"),
// so "je" before it is a pronoun.
func (g *gram) bareAdjective(w gword) bool {
	c := g.cls(w)
	inflected := strings.HasSuffix(w.low, "e") && !strings.HasSuffix(w.low, "oe") && !strings.HasSuffix(w.low, "ee")
	return c&formAdjective != 0 && c&(formNoun|formParticipleE|formStem|formThird|formOther) == 0 && !inflected
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
	case k == 1 && (nlAdverbs[ws[0].low] || pronominalAdverb(ws[0].low)) && ws[0].low != "er":
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

// frontedPlural: a plural noun phrase before a verb with -t cannot be
// its subject, so "je" after the verb is: "Deze producten vindt je in
// de winkel" -> "vind". "wordt" is left to the passive rule: "De laatste
// jaren wordt je meer gevraagd" has no subject at all.
func (g *gram) frontedPlural(c clause, k int) bool {
	ws := c.words
	np := ws[:k]
	if c.first && (c.opener == "die" || c.opener == "deze") {
		np = append([]gword{{low: c.opener, word: true}}, np...)
	}
	if len(np) < 2 || len(np) > 3 || !pluralDeterminers[np[0].low] || ws[k].low == "wordt" || g.cls(ws[k])&formThird == 0 {
		return false
	}
	head := np[len(np)-1]
	if g.cls(head)&formPlural == 0 || g.cls(head)&(formInfinitive|formStem|formThird|formOther) != 0 || functionWord(head.low) {
		return false
	}
	return len(np) == 2 || g.cls(np[1])&formAdjective != 0 && g.cls(np[1])&formNoun == 0
}

// frontedFoundThing: a noun phrase about something one finds or reads
// ("Meer informatie", "De link", "Het volledige programma") stands before
// a verb of finding, so it is the object and "je" after the verb the
// subject: "Meer informatie vindt je op onze site" -> "vind". A person
// there may be the subject ("Mijn baas vindt je goed"), so the nouns come
// from a list of things (grammar-found-things), or end in one of them
// ("vacatureoverzicht").
func (g *gram) frontedFoundThing(c clause, k int) bool {
	ws := c.words
	if k == 0 || k > 4 || !g.findingVerb(ws[k]) || !foundThing(ws[k-1].low) {
		return false
	}
	for _, w := range ws[:k-1] {
		modifier := nlDeterminers[w.low] || quantityWords[w.low] || w.low == "nog" || w.low == "extra" ||
			g.cls(w)&formAdjective != 0 && g.cls(w)&(formNoun|formThird|formStem) == 0
		if !w.word || !modifier || nlNominative[w.low] {
			return false
		}
	}
	return true
}

// foundThing: the noun is in the list, or is a compound ending in one of
// its words of four letters or more.
func foundThing(noun string) bool {
	if nlFoundThings[noun] {
		return true
	}
	for i := range noun {
		if i >= 3 && len(noun)-i >= 4 && nlFoundThings[noun[i:]] {
			return true
		}
	}
	return false
}

// pluralDeterminers open a plural noun phrase; numbers are left out ("tien
// minuten kost je niets" counts as one amount).
var pluralDeterminers = map[string]bool{"de": true, "deze": true, "die": true, "onze": true, "mijn": true,
	"jouw": true, "uw": true, "alle": true, "zulke": true, "sommige": true}

// pronominalAdverb: "hierdoor", "daarvan", "hieronder": "hier" or "daar"
// and a preposition, which is never a subject.
func pronominalAdverb(w string) bool {
	for _, head := range []string{"hier", "daar"} {
		if rest, ok := strings.CutPrefix(w, head); ok && (nlPrepositions[rest] || rest == "mee" || rest == "toe") {
			return true
		}
	}
	return false
}

// erAdverb: "ervan", "erover": "er" and a preposition.
func erAdverb(w string) bool {
	rest, ok := strings.CutPrefix(w, "er")
	return ok && nlPrepositions[rest]
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

// secondPersonOnly are present forms that agree with "jij" or "u" and no
// other subject, so a "je" after one is its subject.
var secondPersonOnly = map[string]bool{"hebt": true, "kunt": true, "wilt": true, "zult": true, "bent": true}

// findingVerbs are verbs of finding and seeing. After a phrase put first,
// "je" behind one of them and before a determiner is the subject: "Hier
// vindt je de vacatures" (vind), where "je" as the object would need
// the vacancies to do the finding. Verbs of giving and happening keep
// their object "je" ("Deze baan biedt je de ruimte", "Daar lukt je alles").
var findingVerbs = map[string]bool{"vind": true, "zie": true, "lees": true, "krijg": true, "ontvang": true,
	"kies": true, "bekijk": true, "bestel": true, "koop": true, "ontdek": true, "download": true}

func (g *gram) findingVerb(w gword) bool {
	return g.cls(w)&formThird != 0 && findingVerbs[g.stemOf(w.low)]
}
