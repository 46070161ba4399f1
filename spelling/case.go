package spelling

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize maps typographic variants to the form dictionaries list:
// the curly apostrophe to the straight one, the ligature ĳ to "ij".
var normalizer = strings.NewReplacer("’", "'", "ĳ", "ij", "Ĳ", "IJ")

func normalize(w string) string { return normalizer.Replace(w) }

// known applies hunspell's case rules around accepts: a word may be
// written as listed, capitalised (the start of a sentence) or in capitals,
// but a word listed with a capital ("Utrecht") is not accepted in lower
// case. In Dutch "ij" is one letter, so it is capitalised as "IJ" and a
// word starting "Ij" is wrong.
func (d *dict) known(w string, dutch bool) bool {
	if d.accepts(w) {
		return true
	}
	if dutch && strings.HasPrefix(w, "Ij") {
		return false
	}
	switch caseOf(w, dutch) {
	case capitalised:
		lw := lowerFirst(w, dutch)
		// "Eén": a capital at the start of "één" may drop its accent
		// (the Taalunie allows both "Eén" and "Één").
		return d.acceptsLower(lw) || dutch && strings.HasPrefix(w, "Eé") && d.acceptsLower("é"+lw[1:])
	case upper:
		lw := strings.ToLower(w)
		return d.acceptsLower(lw) || d.accepts(upperFirst(lw, dutch))
	}
	return false
}

type wordCase int

const (
	lowerOrMixed wordCase = iota
	capitalised           // "Vandaag", "IJsland"
	upper                 // "VANDAAG"
)

func caseOf(w string, dutch bool) wordCase {
	hasLower, uppers := false, 0
	for _, r := range w {
		if unicode.IsLower(r) {
			hasLower = true
		} else if unicode.IsUpper(r) {
			uppers++
		}
	}
	first, _ := utf8.DecodeRuneInString(w)
	switch {
	case !hasLower && uppers > 0:
		return upper
	case !unicode.IsUpper(first):
		return lowerOrMixed
	case uppers == 1, dutch && uppers == 2 && strings.HasPrefix(w, "IJ"):
		return capitalised
	}
	return lowerOrMixed
}

// lowerFirst undoes a capital at the start of a word ("IJs" -> "ijs").
func lowerFirst(w string, dutch bool) string {
	if dutch && strings.HasPrefix(w, "IJ") {
		return "ij" + w[2:]
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToLower(r)) + w[n:]
}

// upperFirst capitalises a word in lower case ("ijs" -> "IJs").
func upperFirst(w string, dutch bool) string {
	if dutch && strings.HasPrefix(w, "ij") {
		return "IJ" + w[2:]
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}
