package checker

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The Dutch grammar rules read a sentence clause by clause: Dutch word
// order, and with it who the subject is, changes at every "dat", "als",
// "en" and comma. A clause here is the run of words between two such
// boundaries; that is rougher than a parser, and the rules only speak
// where the rough reading leaves no doubt.

// gword is one word of a sentence with what the dictionary says it can be.
type gword struct {
	tok    int    // index in Doc.Tokens
	text   string // as written
	low    string // in lower case
	word   bool   // a plain word (not a number, hashtag, mention, link or emoji)
	lookup bool   // worth a dictionary lookup: a plain word, not a name (see gram.cls)
}

// openerKind is what opened a clause.
type openerKind uint8

const (
	openStart  openerKind = iota // the start of the sentence
	openPunct                    // a comma, colon, dash or bracket
	openCoord                    // "en", "maar", "want", "of"
	openSubord                   // a subordinating conjunction: "als", "dat", "omdat"
	openRel                      // a relative or question word: "die", "wat", "hoe", "waar"
)

// clause is a run of words between boundaries.
type clause struct {
	opener    string // the boundary word, in lower case ("" after punctuation)
	kind      openerKind
	words     []gword
	first     bool // the first clause of its sentence
	afterSub  bool // follows a subordinate clause: "Als je klaar bent, word je ..."
	question  bool // the sentence ends in "?"
	prevHasAx bool // an earlier clause of the sentence has a form of hebben, zijn or worden
}

// nlCoordinators join main clauses.
// "of" also opens subordinate clauses ("of je het leuk vindt"), and is
// read as one: after "koffie of" no subject follows, so nothing is asked.
var nlCoordinators = map[string]bool{"en": true, "maar": true, "want": true, "noch": true}

// closed word classes, read once from assets/lists/nl/grammar-*.tsv.
var (
	closedOnce                                                             sync.Once
	nlSubordinators, nlRelatives, nlPrepositions, nlAdverbs, nlDeterminers map[string]bool
	nlStrongPast                                                           map[string]bool
	nlFoundThings, nlSeparableParts, nlDirectObjectVerbs                   map[string]bool
	// nlFunctionWords is every word of the closed classes above, and the
	// pronouns: looked up once instead of list by list.
	nlFunctionWords map[string]bool
)

func closedClasses() {
	closedOnce.Do(func() {
		nlSubordinators = wordSet("grammar-subordinators")
		nlRelatives = wordSet("grammar-relatives")
		nlPrepositions = wordSet("grammar-prepositions")
		nlAdverbs = wordSet("grammar-adverbs")
		nlDeterminers = wordSet("grammar-determiners")
		nlStrongPast = wordSet("grammar-strong-past")
		nlFoundThings = wordSet("grammar-found-things")
		nlSeparableParts = wordSet("grammar-separable-parts")
		nlDirectObjectVerbs = wordSet("grammar-direct-object-verbs")
		nlFunctionWords = map[string]bool{}
		for _, set := range []map[string]bool{nlPrepositions, nlAdverbs, nlDeterminers, nlNominative, nlCoordinators, nlSubordinators, nlRelatives} {
			for w := range set {
				nlFunctionWords[w] = true
			}
		}
		for w := range subjectPronouns {
			nlFunctionWords[w] = true
		}
		// "jou" is also the stem of "jouen" (to jeer), never in a post:
		// "wanneer het jou uitkomt" has its verb at the end.
		for w := range objectPronouns {
			nlFunctionWords[w] = true
		}
	})
}

// wordSet reads a word list as a set of lower-case words.
func wordSet(topic string) map[string]bool {
	out := map[string]bool{}
	for _, e := range WordList(topic).Entries {
		out[lower(e.Phrase)] = true
	}
	return out
}

// clauses splits the sentence s into clauses.
func (g *gram) clauses(d *Doc, s Span) []clause {
	closedClasses()
	var out []clause
	cur := clause{kind: openStart, first: true}
	question := strings.HasSuffix(strings.TrimRight(d.Text[s.Start:s.End], " \t\r\n\"'”’)"), "?")
	flush := func(opener string, kind openerKind) {
		if len(cur.words) > 0 {
			out = append(out, cur)
		}
		if opener == "" && len(cur.words) == 0 && cur.kind != openPunct {
			return // "En, ..." keeps what opened it
		}
		cur = clause{opener: opener, kind: kind}
	}
	atStart := true
	for _, i := range d.tokensIn(s) {
		t := d.Tokens[i]
		switch {
		case t.Kind == Space:
			continue
		case t.Kind == Punct:
			if !isWordJoiner(t.Text) {
				flush("", openPunct)
			}
			continue
		}
		w := g.word(d, i, atStart)
		atStart = false
		if k, ok := clauseBoundary(w.low); ok && w.word && !g.adverbialMaar(d, w, i, len(cur.words)) && !g.objectPronoun(cur, w) && !g.prepositionalOm(d, w, i) && !g.joinsNumbers(d, cur, w, i) {
			flush(w.low, k)
			continue
		}
		cur.words = append(cur.words, w)
	}
	flush("", openPunct)
	g.annotate(out, question)
	return out
}

// joinsNumbers: "en" or "of" between two numbers joins them, not two
// clauses: "tussen negen en twaalf uur", "2 of 3 keer".
func (g *gram) joinsNumbers(d *Doc, cur clause, w gword, i int) bool {
	if w.low != "en" && w.low != "of" || len(cur.words) == 0 {
		return false
	}
	prev := cur.words[len(cur.words)-1]
	next := g.nextContent(d, i)
	return next >= 0 && isNumberToken(d, prev.tok) && isNumberToken(d, next)
}

// isNumberToken: digits, or a Dutch number word.
func isNumberToken(d *Doc, i int) bool {
	return d.Tokens[i].Kind == Number || numberWords[d.lowerToken(i)]
}

var numberWords = map[string]bool{"twee": true, "drie": true, "vier": true, "vijf": true, "zes": true,
	"zeven": true, "acht": true, "negen": true, "tien": true, "elf": true, "twaalf": true, "dertien": true,
	"veertien": true, "vijftien": true, "twintig": true, "dertig": true, "veertig": true, "vijftig": true,
	"honderd": true, "duizend": true}

// objectPronoun: inside a subordinate clause that has its subject but not
// yet its verb, "dat", "die" and "wat" are pronouns, not a new clause:
// "dat je dat kunt", "als je die vindt".
func (g *gram) objectPronoun(cur clause, w gword) bool {
	if w.low != "dat" && w.low != "die" && w.low != "wat" {
		return false
	}
	if cur.kind != openSubord && cur.kind != openRel {
		return false
	}
	if len(cur.words) == 0 {
		// Right after "wat", "of", "als" ... "dat" is the subject: "Wat
		// dat inhoudt, ...", "of dat klopt". ("dan dat" and "zonder dat"
		// join a clause: those openers are not on the list.)
		return w.low == "dat" && pronounAfterOpener[cur.opener]
	}
	first := cur.words[0]
	_, pron := subjectPronouns[first.low]
	hasSubject := pron || npDeterminers[first.low] || g.cls(first)&formNoun != 0
	return hasSubject && !g.finiteIn(cur.words)
}

// pronounAfterOpener are the conjunctions after which "dat" cannot open
// another clause.
var pronounAfterOpener = map[string]bool{"wat": true, "of": true, "hoe": true, "als": true, "omdat": true, "waar": true,
	"wanneer": true, "zodra": true, "terwijl": true, "hoewel": true, "toen": true, "nu": true, "voordat": true, "totdat": true}

// prepositionalOm: "om" opens a clause with an infinitive ("om te
// tekenen"); "om acht uur" and "om de hoek" are phrases of the clause.
// Where the text breaks off after "om", the infinitive may follow later.
func (g *gram) prepositionalOm(d *Doc, w gword, i int) bool {
	return w.low == "om" && g.nextContent(d, i) >= 0 && !g.teFollows(d, i)
}

// adverbialMaar tells "maar" meaning "only" ("maar voor de helft", "maar
// even", "maar 5") from "maar" joining clauses ("maar ik kan niet"). Only
// an adverb, a preposition or a number after it makes it the adverb;
// anything else keeps the clauses apart, which is the cautious reading.
func (g *gram) adverbialMaar(d *Doc, w gword, i, before int) bool {
	if w.low != "maar" || before == 0 {
		return false
	}
	next := g.nextContent(d, i)
	if next < 0 {
		return false
	}
	n := d.lowerToken(next)
	return d.Tokens[next].Kind == Number || nlAdverbs[n] || nlPrepositions[n]
}

// nextContent is the index of the next word-like token after i, or -1 when
// punctuation or the end comes first.
func (g *gram) nextContent(d *Doc, i int) int {
	for j := i + 1; j < len(d.Tokens); j++ {
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

// isWordJoiner: an apostrophe or hyphen standing alone does not end a clause.
func isWordJoiner(p string) bool { return p == "'" || p == "’" }

// clauseBoundary says whether a word opens a clause, and how.
func clauseBoundary(w string) (openerKind, bool) {
	switch {
	case nlCoordinators[w]:
		return openCoord, true
	case nlSubordinators[w] || w == "om":
		return openSubord, true
	case nlRelatives[w]:
		return openRel, true
	}
	return 0, false
}

// annotate fills in what each clause needs to know about the ones before.
// A clause opened by "wat" or "wie" at the start of the sentence is the
// main clause's subject or object, not a condition before it: in "Wat je
// niet weet, deert je niet" the "je" after the verb is the object.
func (g *gram) annotate(cs []clause, question bool) {
	sub, ax := false, false
	for i := range cs {
		c := &cs[i]
		c.question = question
		c.first = i == 0
		c.afterSub = c.kind == openPunct && sub
		c.prevHasAx = ax
		switch {
		case (c.kind == openSubord || c.kind == openRel) && !(c.first && (c.opener == "wat" || c.opener == "wie")):
			sub = true
		case c.kind != openPunct:
			sub = false
		}
		for _, w := range c.words {
			if nlAuxiliaries[w.low] {
				ax = true
			}
		}
	}
}

// word reads token i. A capitalised word inside a sentence is a name and
// gets no class, so "Land" in "bij Land Rover" is never a verb.
func (g *gram) word(d *Doc, i int, sentenceStart bool) gword {
	t := d.Tokens[i]
	w := gword{tok: i, text: t.Text, low: d.lowerToken(i), word: t.Kind == Word}
	if !w.word {
		return w
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if unicode.IsUpper(r) && (!sentenceStart || isCaps(t.Text) && utf8.RuneCountInString(t.Text) > 1) {
		return w
	}
	w.lookup = true
	return w
}

// cls returns a word's classes, looked up only when a rule asks: most
// words of a post never are, and a first lookup costs a walk of the
// dictionary's automaton. Function words are read by their lists.
func (g *gram) cls(w gword) uint32 {
	switch {
	case !w.lookup:
		return 0
	case functionWord(w.low):
		return formOther
	}
	return g.classes(w.low)
}
