package checker

import (
	"sort"
	"strings"
)

// Span is a byte range of the text.
type Span struct{ Start, End int }

// Sentences splits the text into sentences: after ".", "!" or "?" followed
// by white space, and at line breaks. Abbreviations such as "o.a." are one
// token and do not end a sentence.
func (d *Doc) Sentences() []Span {
	if d.sentences == nil {
		d.sentences = d.splitSentences()
	}
	return d.sentences
}

func (d *Doc) splitSentences() []Span {
	out := []Span{}
	start := 0
	for i, t := range d.Tokens {
		end := -1
		switch {
		case t.Kind == Punct && strings.ContainsAny(t.Text, ".!?") &&
			(i+1 == len(d.Tokens) || d.Tokens[i+1].Kind == Space):
			end = t.End
		case t.Kind == Space && strings.Contains(t.Text, "\n"):
			end = t.Start
		}
		if end > start {
			out = append(out, Span{start, end})
			start = end
		}
	}
	if start < len(d.Text) && strings.TrimSpace(d.Text[start:]) != "" {
		out = append(out, Span{start, len(d.Text)})
	}
	return out
}

// tokensIn returns the indexes of the tokens that lie inside s.
func (d *Doc) tokensIn(s Span) []int {
	var out []int
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= s.Start })
	for ; i < len(d.Tokens) && d.Tokens[i].End <= s.End; i++ {
		out = append(out, i)
	}
	return out
}
