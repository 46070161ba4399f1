package checker

import (
	"strings"
	"unicode/utf8"
)

// The read post cut into sentences and clauses, with quotes marked. A
// clause is as far as most of the tone rules look: "ik heb nooit gezegd |
// dat X uitschot zijn" keeps the negation out of the claim, and a rule
// asks about the clause before when it needs to (governing).

// segment cuts the read text into words, clauses and sentences and marks
// quoted words.
func (v *toneView) segment(class []wclass) {
	d := v.d
	v.words = make([]tword, 0, len(class))
	v.wordAt = make([]int, len(d.Tokens))
	for i := range v.wordAt {
		v.wordAt[i] = -1
	}
	sents := d.Sentences()
	s, newClause := -1, true
	quote := quoteState{open: -1}
	for k, ti := range d.contentTokens() {
		t := d.Tokens[ti]
		for s+1 < len(sents) && t.Start >= sents[s+1].Start {
			s++
			v.sents = append(v.sents, tsent{first: len(v.words)})
			newClause = true
		}
		if s < 0 { // text before the first sentence: white space only
			continue
		}
		if t.Kind == Punct {
			if quote.feed(t.Text, len(v.words)) || strings.ContainsAny(t.Text, ",;:()–—-[]") {
				newClause = true
			}
			continue
		}
		low := d.lowerToken(ti)
		v.addWord(tword{tok: ti, low: low, class: class[k], quoted: quote.open >= 0}, s, newClause || startsClause(class, k, low))
		newClause = false
	}
	for i := max(quote.open, 0); quote.open >= 0 && i < len(v.words); i++ {
		v.words[i].quoted = false // never closed: not a quote after all
	}
	v.dropEmpty()
}

// startsClause reports whether content token k, of lower-case text low,
// opens a clause: a word like "dat" or "omdat", or "als" before a person
// ("..., als ik ze ...", but not "als een stel ...").
func startsClause(class []wclass, k int, low string) bool {
	return class[k]&cSub != 0 || low == "als" && k+1 < len(class) && class[k+1]&(cFirst|cSecond|cThird|cPlural) != 0
}

// addWord adds w to sentence s, as the first word of a new clause when
// newClause is set.
func (v *toneView) addWord(w tword, s int, newClause bool) {
	if newClause {
		v.clauses = append(v.clauses, tclause{first: len(v.words), sent: s})
		v.sents[s].clauses = append(v.sents[s].clauses, len(v.clauses)-1)
	}
	w.clause = len(v.clauses) - 1
	v.wordAt[w.tok] = len(v.words)
	v.words = append(v.words, w)
	v.clauses[len(v.clauses)-1].last = len(v.words) - 1
	v.sents[s].last = len(v.words) - 1
}

// dropEmpty removes sentences without words and marks questions.
func (v *toneView) dropEmpty() {
	out := v.sents[:0]
	for _, s := range v.sents {
		if len(s.clauses) == 0 {
			continue
		}
		s.question = v.words[s.first].class&cQuestion != 0 || v.endsWithQuestionMark(s)
		for _, c := range s.clauses {
			v.clauses[c].sent = len(out)
		}
		out = append(out, s)
	}
	v.sents = out
}

// endsWithQuestionMark reports whether a question mark follows the last
// word of s before any full stop, exclamation mark or line break.
func (v *toneView) endsWithQuestionMark(s tsent) bool {
	end := v.d.Tokens[v.words[s.last].tok].End
	rest := strings.TrimSpace(v.d.Text[end:])
	for _, r := range rest {
		switch r {
		case '?':
			return true
		case '.', '!', '\n':
			return false
		}
	}
	return false
}

// quoteState follows quotation marks. A quote that is never closed is
// taken for a typo and marks nothing (see segment).
type quoteState struct {
	open  int  // word index where the open quote started, -1 when none
	close rune // the mark that closes it
}

// closingQuote is the mark that closes a quote opened by each mark.
var closingQuote = map[rune]rune{'"': '"', '“': '”', '„': '”', '«': '»', '‘': '’', '”': '”'}

// feed reads a punctuation token and reports whether it opened or closed a
// quote.
func (q *quoteState) feed(mark string, at int) bool {
	r, _ := utf8.DecodeRuneInString(mark)
	if q.open >= 0 {
		if r == q.close {
			q.open = -1
			return true
		}
		return false
	}
	c, ok := closingQuote[r]
	if !ok {
		return false
	}
	q.open, q.close = at, c
	return true
}
