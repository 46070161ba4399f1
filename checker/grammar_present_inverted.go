package checker

import (
	"unicode"
	"unicode/utf8"
)

// invertedSubject finds the subject after a participle read as a present
// form, where something that cannot be the subject stands before it:
//   - a question word opening the sentence: "Wanneer verhuisd hij?",
//     "Wanneer verhuisd Thomas naar Delft?", "Hoe reageerd de klant?";
//   - a word that is no subject, with "dat" after the participle that
//     opens no clause of its own, because no verb follows it: "Hopelijk
//     veranderd dat snel." (In "Echt verrast dat het zo snel ging" a
//     clause follows, and the line is a verbless exclamation.)
func (g *gram) invertedSubject(d *Doc, c clause, k int) (string, person) {
	ws := c.words
	if k == 0 && c.first && whQuestion[c.opener] && k+1 < len(ws) {
		switch n := ws[k+1]; {
		case invertedThird[n.low]:
			return n.low, personThird
		case g.nameAt(ws, k+1):
			return ws[k+1].text, personThird
		}
		for n := 2; n <= 3 && k+1+n <= len(ws); n++ {
			if g.singularNP(ws[k+1 : k+1+n]) {
				return phrase(ws[k+1 : k+1+n]), personThird
			}
		}
		return "", personNone
	}
	if k > 0 && k+1 == len(ws) && !nlNominative[ws[k-1].low] && subjectPronouns[ws[k-1].low] == personNone &&
		g.nextIsOpener(d, ws[k], "dat") && !g.verbAfter(d, ws[k].tok) {
		return "dat", personThird
	}
	return "", personNone
}

// nameAt: the word at i is capitalised mid-sentence and not looked up as
// a word, so a name ("Thomas"), and no pronoun follows it.
func (g *gram) nameAt(ws []gword, i int) bool {
	w := ws[i]
	r, _ := utf8.DecodeRuneInString(w.text)
	if !w.word || w.lookup || !unicode.IsUpper(r) {
		return false
	}
	return i+1 == len(ws) || subjectPronouns[ws[i+1].low] == personNone
}

// verbAfter: a word that may be a finite verb follows token i before the
// next punctuation.
func (g *gram) verbAfter(d *Doc, i int) bool {
	for j := g.nextContent(d, i); j >= 0; j = g.nextContent(d, j) {
		if d.Tokens[j].Kind == Word && g.finite(gword{tok: j, low: d.lowerToken(j), word: true, lookup: true}) {
			return true
		}
	}
	return false
}

// finiteNext: the clause ends at w with a comma and the next one opens
// with a finite verb, as a main clause does after a condition.
func (g *gram) finiteNext(d *Doc, w gword) bool {
	j := w.tok + 1
	for j < len(d.Tokens) && d.Tokens[j].Kind == Space {
		j++
	}
	if j >= len(d.Tokens) || d.Text[d.Tokens[j].Start:d.Tokens[j].End] != "," {
		return false
	}
	n := g.nextContent(d, j)
	return n >= 0 && g.strictFinite(gword{tok: n, low: d.lowerToken(n), word: true, lookup: true})
}
