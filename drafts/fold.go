package drafts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold lower-cases s and strips accents, so that search treats "Café",
// "CAFÉ" and "cafe" alike. golang.org/x/text is not a dependency of the
// module, so instead of Unicode normalisation this uses unicode.ToLower
// (every script with case) plus a table for the accented Latin letters
// Western and Central European languages use (Latin-1 Supplement and
// Latin Extended-A), and drops combining accents (U+0300–U+036F) so that
// decomposed text ("e" + U+0301) folds like precomposed "é". Letters beyond
// those blocks (Vietnamese, for instance) keep their accents.
//
// Invalid UTF-8 folds to U+FFFD; it only has to not crash search.
func fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s) // no allocation when already lower case
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // most text is ASCII: skip decoding
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		foldRune(&b, unicode.ToLower(r))
	}
	return b.String()
}

func foldRune(b *strings.Builder, r rune) {
	switch {
	case r < utf8.RuneSelf:
		b.WriteByte(byte(r)) // e.g. 'İ' lowers to 'i'
	case int(r) < len(latinFold) && latinFold[r] != "":
		b.WriteString(latinFold[r])
	case r >= 0x300 && r <= 0x36f:
		// combining diacritical mark: drop it
	default:
		b.WriteRune(r)
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// latinFold maps the lower-case letters of U+00C0–U+017F to plain ASCII.
// Upper-case ones need no entry: fold lowers before looking up. Ligatures
// and ß expand ("æ" → "ae", "ĳ" → "ij", "ß" → "ss") the way people type them.
var latinFold = buildFold(map[string]string{
	"a":  "àáâãäåāăą",
	"ae": "æ",
	"c":  "çćĉċč",
	"d":  "ðďđ",
	"e":  "èéêëēĕėęě",
	"g":  "ĝğġģ",
	"h":  "ĥħ",
	"i":  "ìíîïĩīĭįı",
	"ij": "ĳ",
	"j":  "ĵ",
	"k":  "ķĸ",
	"l":  "ĺļľŀł",
	"n":  "ñńņňŉŋ",
	"o":  "òóôõöøōŏő",
	"oe": "œ",
	"r":  "ŕŗř",
	"s":  "śŝşšſ",
	"ss": "ß",
	"t":  "ţťŧ",
	"th": "þ",
	"u":  "ùúûüũūŭůűų",
	"w":  "ŵ",
	"y":  "ýÿŷ",
	"z":  "źżž",
})

// buildFold turns base → letters into an array indexed by rune, which is
// faster to look up than a map on every non-ASCII character.
func buildFold(groups map[string]string) []string {
	table := make([]string, 0x180)
	for base, letters := range groups {
		for _, r := range letters {
			table[r] = base
		}
	}
	return table
}
