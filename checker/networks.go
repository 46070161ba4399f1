package checker

import (
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/graphemes"
)

// Network is a social network a post is written for, with the way it
// counts the length of a post.
type Network struct {
	ID    string // "x", "linkedin", …: used in the CLI and the database
	Name  string // as the network writes its own name
	Limit int    // maximum length in the network's own units
	// Hashtags is the maximum number of hashtags, 0 for no limit.
	Hashtags int
	unit     unit
}

// unit is how a network counts.
type unit int

const (
	runes     unit = iota // Unicode code points
	clusters              // grapheme clusters, the characters people see (Bluesky)
	weighted              // X: most scripts 1, CJK and emoji 2, every link 23
	linkRunes             // code points, every link 23 (Mastodon)
)

// urlWeight is what X and Mastodon count for any link, however long.
const urlWeight = 23

// Networks lists the supported networks in the order the app offers them.
var Networks = []Network{
	{ID: "linkedin", Name: "LinkedIn", Limit: 3000, unit: runes},
	{ID: "x", Name: "X", Limit: 280, unit: weighted},
	{ID: "instagram", Name: "Instagram", Limit: 2200, Hashtags: 30, unit: runes},
	{ID: "facebook", Name: "Facebook", Limit: 63206, unit: runes},
	{ID: "mastodon", Name: "Mastodon", Limit: 500, unit: linkRunes},
	{ID: "bluesky", Name: "Bluesky", Limit: 300, unit: clusters},
	{ID: "threads", Name: "Threads", Limit: 500, unit: runes},
}

// DefaultNetwork is the network of a post that names none.
const DefaultNetwork = "linkedin"

// NetworkByID finds a network by its id.
func NetworkByID(id string) (Network, bool) {
	for _, n := range Networks {
		if n.ID == id {
			return n, true
		}
	}
	return Network{}, false
}

// NetworkByIDOrDefault is NetworkByID falling back to the default network.
func NetworkByIDOrDefault(id string) Network {
	if n, ok := NetworkByID(id); ok {
		return n
	}
	n, _ := NetworkByID(DefaultNetwork)
	return n
}

// Length is the length of text as the network counts it.
func (n Network) Length(text string) int {
	length, _ := n.Measure(text, nil)
	return length
}

// Overflow returns the byte offset where text goes over the network's limit,
// or -1 when it fits.
func (n Network) Overflow(text string) int {
	_, at := n.Measure(text, nil)
	return at
}

// Measure walks the text once, in the network's units, and returns its
// length and the offset where it goes over the limit (-1 when it fits).
// toks may hold the text's tokens, or be nil.
func (n Network) Measure(text string, toks []Token) (length, overflow int) {
	overflow = -1
	add := func(w, at int) {
		length += w
		if length > n.Limit && overflow < 0 {
			overflow = at
		}
	}
	switch n.unit {
	case clusters:
		seg := graphemes.FromString(text)
		for seg.Next() {
			add(1, seg.Start())
		}
	case weighted, linkRunes:
		if toks == nil {
			toks = Tokenize(text)
		}
		for _, t := range toks {
			n.measureToken(t, add)
		}
	default:
		for i := range text {
			add(1, i)
		}
	}
	return length, overflow
}

func (n Network) measureToken(t Token, add func(w, at int)) {
	switch {
	case t.Kind == URL:
		add(urlWeight, t.Start)
	case n.unit == weighted && t.Kind == Emoji:
		add(2, t.Start)
	case n.unit == weighted:
		for i, r := range t.Text {
			add(xWeight(r), t.Start+i)
		}
	default:
		for i := range t.Text {
			add(1, t.Start+i)
		}
	}
}

// xWeight is X's weight of a character: 1 for Latin, Cyrillic, Greek,
// Arabic, Hebrew, Devanagari and common punctuation, 2 for the rest (CJK).
func xWeight(r rune) int {
	switch {
	case r == utf8.RuneError, r <= 4351,
		r >= 8192 && r <= 8205, r >= 8208 && r <= 8223, r >= 8242 && r <= 8247:
		return 1
	}
	return 2
}
