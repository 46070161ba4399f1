package checker

import "strings"

// A word that sounds like the verb a clause is missing: "als je deze
// zenders wild bekijken" has a subject and an infinitive but no finite
// verb, and "wild" sounds like "wilt"; "hij hout van koken" is "houdt".
// The dictionary says which form in t (or dt) is a present form; the
// clause must have no finite verb at all, so the sound-alike is the only
// word that can be one.
var dtSoundAlike = &Rule{
	ID: "dt-soundalike", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachClause(d, report, (*gram).checkSoundAlike) },
	Examples: []Example{
		{Lang: "nl", Text: "Als je dit programma <m>wild</m> installeren, lees dan eerst de handleiding."},
		{Lang: "nl", Text: "Ik <m>wild</m> graag meer weten over de cursus."},
		{Lang: "nl", Text: "Hij <m>hout</m> van lange wandelingen."},
		{Lang: "nl", Text: "Wat <m>wild</m> jij eigenlijk?"},
		{Lang: "nl", Text: "Hij <m>aanvaart</m> de benoeming met plezier."},
		{Lang: "nl", Text: "Als je dit programma wilt installeren, lees dan de handleiding. Het wild in het bos is schuw."},
		// A plural subject: the infinitive is its finite verb.
		{Lang: "nl", Text: "Ik ben bang dat ze wild gaan feesten, omdat zij wild dansen."},
		// A comparison has no verb of its own.
		{Lang: "nl", Text: "Hij is zo wild als een stier, en zij wild en vrij."},
		{Lang: "nl", Text: "Je wilde zus rent weg. Je eigen huis wild schilderen? Het hout van de kast is eiken."},
	},
}

// checkSoundAlike finds the sound-alike in the finite verb's place of a
// clause that has none: right after its pronoun subject, before its
// closing infinitive, or last in a subordinate clause; or before an
// inverted pronoun subject ("Wat wild jij?").
func (g *gram) checkSoundAlike(d *Doc, c clause, report Report) {
	ws := c.words
	// The clause must end at punctuation: before "of" or "en" it may be
	// half of a pair ("of zij wild of tam is").
	if len(ws) < 2 || c.opener == "om" || !g.alone(d, ws[len(ws)-1]) {
		return
	}
	subj, p, slots := g.soundAlikeSlots(c)
	for _, k := range slots {
		if verb := g.soundAlikeVerb(ws[k], p); verb != "" && !g.otherMayBeFinite(ws, k) {
			t := d.Tokens[ws[k].tok]
			report(t.Start, t.End, d.T(
				"De zin mist een persoonsvorm; ‘"+ws[k].low+"’ klinkt als het werkwoord: "+subj+" "+verb+".",
				"The clause lacks a finite verb; ‘"+ws[k].low+"’ sounds like the verb: "+subj+" "+verb+"."),
				caseLike(ws[k].text, verb))
			return
		}
	}
}

// soundAlikeSlots returns the clause's pronoun subject, its person, and
// the places where the finite verb belongs.
func (g *gram) soundAlikeSlots(c clause) (string, person, []int) {
	ws := c.words
	last := len(ws) - 1
	if p, ok := soundAlikeSubjects[ws[1].low]; ok && (c.kind == openRel || whQuestion[c.opener] || c.question && c.first && c.kind == openStart) {
		if p == personJij {
			p = personJijAfter
		}
		return ws[1].low, p, []int{0} // "Wat wild jij?"
	}
	p, ok := soundAlikeSubjects[ws[0].low]
	sub := c.kind == openSubord || c.kind == openRel
	if !ok || ws[0].low == "je" && !g.notPossessed(ws[1]) && !(sub && last == 1) {
		return "", personNone, nil
	}
	var slots []int
	if !sub && last > 1 {
		slots = append(slots, 1) // "Hij hout van koken"
	}
	if last > 1 && ws[0].low != "zij" && g.cls(ws[last])&(formInfinitive|formNoun) == formInfinitive {
		slots = append(slots, last-1) // "als je het wild zien"
	}
	if sub {
		slots = append(slots, last) // "als hij zich aan de regels hout"
	}
	return ws[0].low, p, slots
}

// otherMayBeFinite: a word besides the one at k may be the clause's
// finite verb. Forms the dictionary lists without a class ("eet",
// "laat", "zit") and words it does not know count as such.
func (g *gram) otherMayBeFinite(ws []gword, k int) bool {
	for i, w := range ws {
		if i == k || !w.word || functionWord(w.low) || objectPronouns[w.low] {
			continue
		}
		c := g.cls(w)
		if c&formInfinitive != 0 && !g.finite(w) {
			continue // "weten": with a singular subject no finite verb
		}
		if g.finite(w) || c == 0 || c&(formStem|formThird|formPast|formOther) != 0 {
			return true
		}
	}
	return false
}

// soundAlikeSubjects are the singular pronouns; "ze" and "we" may be
// plural, and then an infinitive is the finite verb ("dat ze wild dansen").
var soundAlikeSubjects = map[string]person{"ik": personIk, "jij": personJij, "je": personJij, "u": personU, "hij": personThird, "zij": personThird}

// notPossessed: the word cannot follow a possessive "je": a determiner,
// pronoun, adverb or preposition ("je deze zenders", "je graag").
func (g *gram) notPossessed(w gword) bool {
	return nlDeterminers[w.low] || nlAdverbs[w.low] || nlPrepositions[w.low] || functionWord(w.low) && g.cls(w)&formNoun == 0
}

// soundAlikeVerb returns the present form for p of the verb that w sounds
// like ("wild" -> "wilt", "hout" -> "houdt"), or "". w itself must be no
// verb form but a noun or adjective, or a form the lexicon gives no class.
func (g *gram) soundAlikeVerb(w gword, p person) string {
	c := g.cls(w)
	if !w.word || functionWord(w.low) || c != 0 && (c&(formNoun|formAdjective) == 0 || c&(formStem|formPast|formParticiple|formOther) != 0) {
		return ""
	}
	var t string
	switch {
	case c == 0 && !strings.HasSuffix(w.low, "t"):
		// A form the lexicon has no class for ("aanvaart", of the strong
		// "aanvaren") is looked at only when a present form with dt
		// sounds the same: "Hij aanvaart de benoeming" -> "aanvaardt".
		return ""
	case strings.HasSuffix(w.low, "d"):
		t = w.low[:len(w.low)-1] + "t"
	case strings.HasSuffix(w.low, "t") && !strings.HasSuffix(w.low, "dt"):
		t = w.low[:len(w.low)-1] + "dt"
	default:
		return ""
	}
	if t == w.low || g.classes(t)&formThird == 0 && !finiteOthers[t] {
		return ""
	}
	if irregularByForm[t] != nil {
		if f := agreeIrregular(t, p); f != "" {
			return f
		}
		return t
	}
	if p == personIk || p == personJijAfter {
		return g.stemOf(t)
	}
	return t
}
