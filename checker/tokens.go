package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/graphemes"
)

// Kind is what a token is.
type Kind uint8

const (
	Space   Kind = iota // a run of white space
	Word                // letters, with inner apostrophes, hyphens and digits ("zo'n", "e-mail", "Q3")
	Abbrev              // single letters with periods: "o.a.", "t.n.v.", "d.w.z."
	Number              // digits with inner separators: "2026", "1.000,50", "12:30"
	Hashtag             // "#ad"
	Mention             // "@naam", "@naam@server.nl"
	URL                 // "https://…", "www.…", "bit.ly/…"
	Email               // "naam@bedrijf.nl"
	Emoji               // one emoji grapheme cluster, modifiers included
	Punct               // any other single character
)

var kindNames = [...]string{"space", "word", "abbrev", "number", "hashtag", "mention", "url", "email", "emoji", "punct"}

func (k Kind) String() string { return kindNames[k] }

// Token is a piece of the text with its byte span.
type Token struct {
	Kind       Kind
	Start, End int
	Text       string
}

// Tokenize splits s into tokens that cover it without gaps. Invalid UTF-8
// bytes become Punct tokens of one byte, so offsets stay exact.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/4+1)
	for i := 0; i < len(s); {
		k, n := next(s[i:], i == 0 || endsBoundary(s[:i]))
		toks = append(toks, Token{Kind: k, Start: i, End: i + n, Text: s[i : i+n]})
		i += n
	}
	return toks
}

// endsBoundary reports whether the text before a position ends in something
// that may precede a hashtag, mention or URL (not a letter or digit).
func endsBoundary(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return !isWordRune(r)
}

// next returns the kind and byte length of the token at the start of s.
func next(s string, boundary bool) (Kind, int) {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsSpace(r):
		return Space, spanWhile(s, unicode.IsSpace)
	case boundary && (hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "www.")):
		return URL, urlLen(s)
	case r == '#' && boundary:
		if n := tagLen(s[1:]); n > 0 {
			return Hashtag, 1 + n
		}
	case r == '@' && boundary:
		if n := mentionLen(s[1:]); n > 0 {
			return Mention, 1 + n
		}
	case isEmojiStart(s):
		return Emoji, firstGrapheme(s)
	case boundary && (r == '\'' || r == '’'):
		if n := placeNameLen(s[size:]); n > 0 {
			return Word, size + n
		}
	case unicode.IsDigit(r):
		return numberOrWord(s)
	case unicode.IsLetter(r):
		return wordLike(s, boundary)
	}
	if r == utf8.RuneError && size <= 1 {
		return Punct, 1
	}
	return Punct, size
}

// wordLike reads a word and then decides whether the run of non-space
// characters it starts is really an e-mail address, a bare domain URL or an
// abbreviation.
func wordLike(s string, boundary bool) (Kind, int) {
	chunk := s[:spanWhile(s, func(r rune) bool { return !unicode.IsSpace(r) })]
	if boundary {
		if n := emailLen(chunk); n > 0 {
			return Email, n
		}
		if n := bareURLLen(chunk); n > 0 {
			return URL, n
		}
		if n := abbrevLen(chunk); n > 0 {
			return Abbrev, n
		}
	}
	return Word, wordLen(s)
}

func numberOrWord(s string) (Kind, int) {
	n := numberLen(s)
	// "Q3" starts with a letter; "3D" and "2e" start with digits but are
	// words, and so are "36-urige" and "2-persoonskamer": the hyphen joins
	// the figure to the word, as the Leidraad writes it.
	r, size := utf8.DecodeRuneInString(s[n:])
	if isHyphen(r) {
		r, _ = utf8.DecodeRuneInString(s[n+size:])
	}
	if unicode.IsLetter(r) {
		return Word, wordLen(s)
	}
	return Number, n
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func spanWhile(s string, ok func(rune) bool) int {
	for i, r := range s {
		if !ok(r) {
			return i
		}
	}
	return len(s)
}

// wordLen reads letters and digits, with single inner joiners: the apostrophe
// in "zo'n" and "auto's", the hyphen in "e-mail".
func wordLen(s string) int {
	i := spanWhile(s, isWordRune)
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isJoiner(r) {
			break
		}
		n := spanWhile(s[i+size:], isWordRune)
		if n == 0 {
			break
		}
		i += size + n
	}
	return i
}

// placeNameLen reads the rest of a place name that opens with the
// apostrophe of an old article, "'s-Hertogenbosch" and "'s-Gravenhage",
// so that the apostrophe stays part of the word the dictionary lists. A
// quotation mark before a word ('zo') is left alone.
func placeNameLen(s string) int {
	if !strings.HasPrefix(s, "s-") {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(s[2:]); !unicode.IsUpper(r) {
		return 0
	}
	return wordLen(s)
}

func isJoiner(r rune) bool { return r == '\'' || r == '’' || isHyphen(r) }

func isHyphen(r rune) bool { return r == '-' || r == '‑' }

// numberLen reads digits with inner "." "," ":" separators: 1.000,50 and 12:30.
func numberLen(s string) int {
	i := spanWhile(s, unicode.IsDigit)
	for i+1 < len(s) && strings.ContainsRune(".,:", rune(s[i])) {
		n := spanWhile(s[i+1:], unicode.IsDigit)
		if n == 0 {
			break
		}
		i += 1 + n
	}
	return i
}

// tagLen is the length of a hashtag's name: letters, digits, marks and
// underscores, with at least one letter (so "#1" is not a hashtag).
func tagLen(s string) int {
	n := spanWhile(s, func(r rune) bool { return isWordRune(r) || r == '_' })
	if strings.IndexFunc(s[:n], unicode.IsLetter) < 0 {
		return 0
	}
	return n
}

// mentionLen reads "naam" or the Mastodon form "naam@server.nl".
func mentionLen(s string) int {
	n := spanWhile(s, func(r rune) bool { return r < utf8.RuneSelf && (isWordRune(r) || r == '_' || r == '.') })
	n = len(strings.TrimRight(s[:n], "."))
	if n == 0 {
		return 0
	}
	if n < len(s) && s[n] == '@' {
		if d := domainLen(s[n+1:]); d > 0 {
			return n + 1 + d
		}
	}
	return n
}

// firstGrapheme is the byte length of the first user-perceived character,
// so an emoji keeps its skin tone, joiners and variation selectors.
func firstGrapheme(s string) int {
	it := graphemes.FromString(s)
	if !it.Next() {
		return len(s)
	}
	return len(it.Value())
}
