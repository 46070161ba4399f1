package checker

// The present tense: the verb's ending follows the subject. "ik word",
// "jij wordt", "hij wordt", but "word je" (je after the verb drops the t)
// and "wordt u" (u keeps it).

// checkPresent reports present-tense forms that do not agree with the
// clause's subject.
func (g *gram) checkPresent(d *Doc, c clause, report Report) {
	for k := range c.words {
		if s, p, ok := g.subjectBefore(c, k); ok {
			g.reportAgree(d, c.words[k], s, p, noNounAfter[s], report)
			continue
		}
		if s, p, ok := g.subjectAfter(d, c, k); ok {
			g.reportAgree(d, c.words[k], s, p, noNounAfter[s], report)
		}
	}
	g.checkVerbFinal(d, c, report)
	g.checkHomograph(d, c, report)
	g.checkNounAfterArticle(d, c, report)
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
	if k+1 < len(ws) && nlNominative[ws[k+1].low] {
		return "", personNone, false
	}
	switch {
	case k == 0 && (c.opener == "dat" || c.opener == "wat"):
		return c.opener, personThird, true
	case k >= 1 && (ws[k-1].low == "ik" || ws[k-1].low == "jij") && !g.finiteIn(ws[:k-1]):
		return ws[k-1].low, subjectPronouns[ws[k-1].low], true
	case k == 1 && ws[0].word:
		p, ok := subjectPronouns[ws[0].low]
		return ws[0].low, p, ok
	case k == 2 || k == 3:
		if g.singularNP(ws[:k]) {
			return "", personThird, true
		}
	}
	return "", personNone, false
}

// singularNP recognises a subject like "de gemeente" or "mijn oude fiets":
// a determiner, at most one adjective, and a noun that is singular and
// not also a verb.
func (g *gram) singularNP(ws []gword) bool {
	if len(ws) < 2 || !npDeterminers[ws[0].low] {
		return false
	}
	head := ws[len(ws)-1]
	if g.cls(head)&formNoun == 0 || g.cls(head)&(formPlural|formStem|formThird|formPast|formParticiple) != 0 {
		return false
	}
	return len(ws) == 2 || g.cls(ws[1])&formAdjective != 0 && g.cls(ws[1])&formNoun == 0
}

// npDeterminers open a noun phrase and nothing else: "je", "haar",
// "zijn" and "ons" may be pronouns on their own ("als je tijd hebt"),
// "die" and "dat" may open a clause.
var npDeterminers = map[string]bool{"de": true, "het": true, "een": true, "deze": true, "dit": true,
	"mijn": true, "jouw": true, "onze": true, "uw": true, "elke": true, "iedere": true, "ieder": true, "elk": true}

// subjectAfter finds a pronoun subject right after word k: "wordt ik",
// "vindt jij", "vind hij", "vind u", and "wordt je" where the words before
// leave no doubt that je is the subject (see jeIsSubject).
func (g *gram) subjectAfter(d *Doc, c clause, k int) (string, person, bool) {
	ws := c.words
	if k+1 >= len(ws) || k > 0 && ws[k-1].low == "ik" {
		return "", personNone, false
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
		// At the start of a statement, "meld u aan" may be an imperative
		// with u as its object; not when an object follows ("vind u een").
		return s, personU, k > 0 || c.question && c.first || k+2 < len(ws) && (nlDeterminers[ws[k+2].low] || ws[k+2].low == "meer")
	case "hij", "zij":
		return s, personThird, true
	}
	return "", personNone, false
}
