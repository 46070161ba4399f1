package checker

import "strings"

// The imperative is the bare stem: "Neem contact op", "Word lid en krijg
// korting". A sentence that opens with a form in t may also be a
// statement whose subject was left out ("Klopt.", "Werkt prima."), so
// this rule speaks only where the sentence says it addresses the reader:
// a word that only goes with a request ("alsjeblieft", "gerust", "eens"
// after a verb that asks with it), a reflexive "jezelf" that needs "jij"
// as subject, or "en" joining the verb to a clause that opens with a bare
// stem ("Lees de handleiding en volg de stappen", "en kom werken"). "Heb
// het gekocht en werkt prima" is left alone: "heb" opens a statement
// whose subject ("ik") was left out, and the second verb may have
// another one.
var dtImperative = &Rule{
	ID: "dt-imperative", Point: 20, Severity: Warning,
	Check: checkImperative,
	Examples: []Example{
		{Lang: "nl", Text: "<m>Stuurt</m> alsjeblieft je cv mee."},
		{Lang: "nl", Text: "<m>Gunt</m> jezelf een pauze."},
		{Lang: "nl", Text: "Word lid van de club en <m>krijgt</m> korting op elke les."},
		{Lang: "nl", Text: "Lees de handleiding en <m>volgt</m> de stappen."},
		{Lang: "nl", Text: "Lees de handleiding en <m>volgt</m> het plan."},
		{Lang: "nl", Text: "<m>Bestelt</m> vandaag en ontvang morgen je pakket."},
		{Lang: "nl", Text: "Doe gerust mee, maar <m>houdt</m> rekening met de regels."},
		{Lang: "nl", Text: "<m>Antwoordt</m> gerust op dit bericht. <m>Raadt</m> eens wie er jarig is!"},
		{Lang: "nl", Text: "<m>Rijdt</m> voorzichtig en kom veilig thuis."},
		{Lang: "nl", Text: "Neem gerust contact op. Word lid en krijg korting. Doe mee, maar houd rekening met de regels."},
		// "het" before an adverb or a bare adjective is the subject of a condition.
		{Lang: "nl", Text: "Lees de handleiding en lukt het niet, bel ons. Lees de handleiding en blijkt het lastig, bel ons."},
		// Statements without their subject, and the polite "u".
		{Lang: "nl", Text: "Klopt. Werkt prima en kost bijna niets. Neemt u gerust contact op. Slaapt gerust, die baby."},
		{Lang: "nl", Text: "Smaakt top en kom zeker terug!"},
		// "gerust" after sleeping means calmly; "eens" after going, once.
		{Lang: "nl", Text: "Slaapt gerust door tot acht uur. Gaat eens mis, kan gebeuren. Kijkt eens anders naar zijn werk, die jongen."},
		// A statement without "ik", and a passive after "en".
		{Lang: "nl", Text: "Heb het gekocht en werkt prima. Bestel vandaag en wordt morgen bezorgd."},
		// A passive before "en" has its own subject left out.
		{Lang: "nl", Text: "Wordt morgen bezorgd en kost niets. Wordt snel geleverd en lees de bijsluiter."},
	},
}

func checkImperative(d *Doc, report Report) {
	eachSentence(d, report, func(g *gram, d *Doc, cs []clause, report Report) {
		for i, c := range cs {
			if g.addressesReader(cs, i) {
				g.reportImperative(d, c.words[0], report)
			}
		}
	})
}

// addressesReader: clause i opens with its verb, has no subject of its
// own, and the sentence makes it a request.
func (g *gram) addressesReader(cs []clause, i int) bool {
	c := cs[i]
	ws := c.words
	if len(ws) == 0 || c.question || g.ownSubjectAfter(ws) {
		return false
	}
	if i == 0 && c.kind == openStart && len(cs) > 1 && cs[1].kind == openCoord && cs[1].opener == "en" &&
		g.opensWithImperative(cs[1]) && !(nlAuxiliaries[ws[0].low] && g.participleEnds(ws)) && !impressionVerbs[g.stemOf(ws[0].low)] {
		return true // "Bestelt nu en ontvang gratis verzending": the request goes on after "en"
	}
	if nlAuxiliaries[ws[0].low] {
		return false
	}
	switch {
	case i == 0 && c.kind == openStart:
		return g.requestWord(ws) || g.laterClausesHaveVerbs(cs) && (g.asksWithEens(ws) || g.reassures(ws))
	case i == 1 && c.kind == openCoord:
		return g.imperativeClause(cs[0])
	}
	return false
}

// ownSubjectAfter: the verb is followed by a subject of the third
// person, or by "u", whose imperative keeps the t ("Neemt u gerust
// contact op"). A "je" after it asks for the stem either way: "en neem je
// vrienden mee", "en krijg je korting".
func (g *gram) ownSubjectAfter(ws []gword) bool {
	for i, w := range ws {
		if w.low == "u" || i == 1 && (invertedThird[w.low] && !g.determinerAt(ws, i) || w.low == "ze" || w.low == "men") {
			return true
		}
	}
	return false
}

// determinerAt: "het", "dit" or "dat" at i opens a noun phrase, as it
// does before a noun or an adjective with -e ("en behoudt het goede", "en
// volgt dit plan"), so it is the object, not a subject. Before an adverb
// or a bare adjective it may be the subject of a condition: "en lukt het
// niet", "en blijkt het lastig".
func (g *gram) determinerAt(ws []gword, i int) bool {
	if i+1 >= len(ws) || ws[i].low != "het" && ws[i].low != "dit" && ws[i].low != "dat" {
		return false
	}
	n := ws[i+1]
	c := g.cls(n)
	if !n.word || functionWord(n.low) || nlAdverbs[n.low] || c&(formParticiple|formInfinitive|formPast|formThird) != 0 {
		return false
	}
	return c&formNoun != 0 && c&formAdjective == 0 || c&formAdjective != 0 && strings.HasSuffix(n.low, "e")
}

// requestWord: "alsjeblieft" or a reflexive "jezelf" right after the
// verb: words that only an imperative can have there.
func (g *gram) requestWord(ws []gword) bool {
	if len(ws) < 2 {
		return false
	}
	switch ws[1].low {
	case "alsjeblieft", "alstublieft", "jezelf":
		return true
	}
	return false
}

// asksWithEens: "eens" right after a verb that asks with it ("Raadt
// eens wie ...").
func (g *gram) asksWithEens(ws []gword) bool {
	return len(ws) > 1 && ws[1].low == "eens" && askingVerbs[g.stemOf(ws[0].low)]
}

// reassures: "gerust" after the verb of the first clause ("Antwoordt
// gerust op dit bericht", "Wendt je bij vragen gerust tot ons") invites
// the reader. After sleeping and resting it means calmly ("Slaapt gerust
// door").
func (g *gram) reassures(ws []gword) bool {
	if stem := g.stemOf(ws[0].low); stem == "slaap" || stem == "rust" {
		return false
	}
	for _, w := range ws[1:] {
		if w.low == "gerust" {
			return true
		}
	}
	return false
}

// laterClausesHaveVerbs: no later clause of the sentence is a bare noun
// phrase, as in "Werkt gerust, die machine" or "Kijkt eens anders naar
// zijn werk, die jongen", where the subject follows on its own.
func (g *gram) laterClausesHaveVerbs(cs []clause) bool {
	for _, c := range cs[1:] {
		if !g.finiteIn(c.words) {
			return false
		}
	}
	return true
}

// impressionVerbs report how something strikes the writer, and posts
// leave out their "het": "Smaakt top en kom zeker terug!" is a review
// and then an invitation, not one request.
var impressionVerbs = map[string]bool{"smaak": true, "klink": true, "ruik": true, "voel": true, "lijk": true,
	"werk": true, "kost": true, "duur": true, "pas": true, "zit": true, "sta": true, "oog": true}

// askingVerbs ask with "eens" ("Raad eens", "Kijk eens"); after other
// verbs "eens" may mean once: "Gaat eens mis, kan gebeuren".
var askingVerbs = map[string]bool{"raad": true, "kijk": true, "probeer": true, "denk": true, "luister": true,
	"proef": true, "zeg": true, "stel": true, "lees": true}

// imperativeClause: the clause opens with a bare stem and no subject
// after it ("Lees de handleiding", "Kom langs"). "heb" and "ben" open a
// statement whose "ik" was left out ("Heb het gekocht"). A stem that is
// also a noun counts when no noun can follow it: a sentence does not
// open with a bare noun before "langs" or "de".
func (g *gram) imperativeClause(c clause) bool {
	return c.kind == openStart && g.opensWithImperative(c)
}

// opensWithImperative: the clause's first word is a bare stem with no
// subject after it.
func (g *gram) opensWithImperative(c clause) bool {
	ws := c.words
	if c.question || len(ws) < 2 || ws[0].low == "heb" || ws[0].low == "ben" {
		return false
	}
	if nlNominative[ws[1].low] || invertedThird[ws[1].low] {
		return false
	}
	v := ws[0]
	if strings.HasSuffix(v.low, "t") {
		return false // "Kost niks": a stem in t is its own third person
	}
	nounToo := g.cls(v)&formNoun != 0 && g.noNounAfter(ws[1])
	return g.strictStem(v) || nounToo && g.cls(v)&formStem != 0 && g.cls(v)&(formAdjective|formOther|formThird|formPast|formParticiple) == 0
}

// noNounAfter: the word cannot follow a bare noun that opens a clause, so
// a stem before it is a verb: a function word or adverb ("Kom langs"), a
// word the dictionary only knows as "other" ("Loop mee"), an infinitive
// ("Kom werken") or an adjective without its -e ("Kom veilig thuis").
func (g *gram) noNounAfter(w gword) bool {
	c := g.cls(w)
	return functionWord(w.low) || nlAdverbs[w.low] || c == formOther || c&formInfinitive != 0 || g.bareAdjective(w)
}

// reportImperative reports a form in t where the stem belongs.
func (g *gram) reportImperative(d *Doc, w gword, report Report) {
	if !g.strictThird(w) {
		return
	}
	stem := g.stemOf(w.low)
	if stem == "" {
		return
	}
	reportWord(d, w, stem,
		"Dit is een verzoek of opdracht (gebiedende wijs): alleen de stam, zonder t: "+stem+".",
		"This is a request or command (imperative): the bare stem, without -t: "+stem+".", report)
}

// strictThird: a present form with t and nothing else ("neemt", not
// "leest", which is also a noun).
func (g *gram) strictThird(w gword) bool {
	return w.word && !functionWord(w.low) && g.cls(w)&formThird != 0 &&
		g.cls(w)&(notVerbOnly|formStem|formPast|formParticiple|formInfinitive) == 0
}
