package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The read text: the post with its disguised words respelled. The rules
// work on it, and every span they report is mapped back to the post as
// written, so the writer sees "h44t" underlined, not "haat".

// piece is a stretch of the read text that replaced a stretch of the post.
type piece struct{ out, outEnd, in, inEnd int }

// normalise returns the post as the tone rules read it and the pieces that
// changed; no pieces means the text is the post itself.
func normalise(d *Doc, lx *toneLexicon) (string, []piece) {
	var b strings.Builder
	var pieces []piece
	emit := func(from, to int, text string) {
		pieces = append(pieces, piece{b.Len(), b.Len() + len(text), from, to})
		b.WriteString(text)
	}
	last := 0 // end of what was copied from the post
	for i := 0; i < len(d.Tokens); i++ {
		t := d.Tokens[i]
		if t.Kind != Word {
			continue
		}
		if n := spacedRun(d.Tokens[i:]); n > 0 {
			b.WriteString(d.Text[last:t.Start])
			word := joinLetters(d.Tokens[i : i+n])
			if r := lx.respell(lower(word)); r != "" {
				word = keepCapital(word, r) // "h a a t v r o u w e n"
			}
			emit(t.Start, d.Tokens[i+n-1].End, word)
			last, i = d.Tokens[i+n-1].End, i+n-1
			continue
		}
		if r := lx.respell(d.lowerToken(i)); r != "" {
			b.WriteString(d.Text[last:t.Start])
			emit(t.Start, t.End, keepCapital(t.Text, r))
			last = t.End
		}
	}
	if pieces == nil {
		return d.Text, nil
	}
	b.WriteString(d.Text[last:])
	return b.String(), pieces
}

// spacedRun counts the tokens of a word spelled out letter by letter from
// the start of toks ("h a a t"): at least three one-letter words with single
// spaces between them. It returns 0 when there is none.
func spacedRun(toks []Token) int {
	letters, j := 0, 0
	for j < len(toks) && isLetterToken(toks[j]) {
		letters++
		if j+2 < len(toks) && toks[j+1].Text == " " && isLetterToken(toks[j+2]) {
			j += 2
			continue
		}
		break
	}
	if letters < 3 {
		return 0
	}
	return j + 1
}

// isLetterToken reports a word token of a single letter.
func isLetterToken(t Token) bool {
	r, size := utf8.DecodeRuneInString(t.Text)
	return t.Kind == Word && size == len(t.Text) && unicode.IsLetter(r)
}

// joinLetters is the word that a spelled-out run of tokens spells.
func joinLetters(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		if t.Kind == Word {
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

// keepCapital gives a respelled word the capital its original started with.
func keepCapital(orig, r string) string {
	first, _ := utf8.DecodeRuneInString(orig)
	if !unicode.IsUpper(first) {
		return r
	}
	c, size := utf8.DecodeRuneInString(r)
	return string(unicode.ToUpper(c)) + r[size:]
}

// report maps a span of words back to the post and reports it.
func (v *toneView) report(report Report, first, last int, msg string, sugg ...string) {
	start, end := v.origSpan(first, last)
	report(start, end, msg, sugg...)
}

// origText is the post's text under a match.
func (v *toneView) origText(h thit) string {
	start, end := v.origSpan(h.first, h.last)
	return v.orig.Text[start:end]
}

// origSpan is where words first to last (inclusive) stand in the post.
func (v *toneView) origSpan(first, last int) (int, int) {
	start := v.origOffset(v.d.Tokens[v.words[first].tok].Start, false)
	end := v.origOffset(v.d.Tokens[v.words[last].tok].End, true)
	return start, end
}

// origOffset maps an offset of the read text to the post. An offset inside
// a respelled piece maps to the piece's start, or its end for span ends.
func (v *toneView) origOffset(off int, isEnd bool) int {
	shift := 0
	for _, p := range v.pieces {
		if off < p.out || isEnd && off == p.out {
			return off + shift
		}
		if off < p.outEnd || isEnd && off == p.outEnd {
			if isEnd {
				return p.inEnd
			}
			return p.in
		}
		shift = p.inEnd - p.outEnd
	}
	return off + shift
}
