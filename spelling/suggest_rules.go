package spelling

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Some mistakes are not a letter or two typed wrong but a rule of Dutch
// spelling missed: a hyphen after an acronym ("aowleeftijd" for
// "AOW-leeftijd"), a hyphen between two vowels or before a name
// ("Zuidholland" for "Zuid-Holland"), a hyphen for a diaeresis after a
// prefix ("antiïnflammatoir" for "anti-inflammatoir"), the dot of an
// abbreviation ("bijv" for "bijv."), the "ge" of a participle left out
// ("afdroogd" for "afgedroogd"). The edit searches reach these only by luck: they change
// case, add several letters or change a word that is itself long. Here
// the form the rule makes is looked up exactly, which costs a few
// lookups; the error model then ranks it with the rest.

// ruleCandidates offers the forms the spelling rules above make of key
// (lower case) and typed (as typed) that the dictionary accepts, or
// alsoKnown does: the loanwords, so that "dataengineer" gets its hyphen.
func (d *dict) ruleCandidates(key, typed string, wt *weights, alsoKnown func(string) bool, add func(form string, extra float64)) {
	known := func(f string) bool { return d.known(f, true) || alsoKnown(f) }
	try := func(form string, extra float64) {
		if form != key && form != typed && known(form) {
			add(form, extra)
		}
	}
	acronymJoins(key, known, try)
	hyphenJoins(typed, try)
	hyphenInserts(key, typed, wt.Hyphen, known, try)
	diaeresisHyphens(key, try)
	abbreviationDots(key, wt.Dot, try)
	scriptDigits(key, try)
	if unicode.IsUpper(firstRune(typed)) {
		try("'s-"+typed, 0) // "Hertogenbosch": the old genitive of place names
	}
}

// geCandidates offers key with the "ge" of a participle put in or taken
// out, at the start or after a separable particle: "wandeld" ->
// "gewandeld", "afdroogd" -> "afgedroogd", "geafgedroogd" -> "afgedroogd". The cost is
// one Participle weight.
func geCandidates(key string, known func(string) bool, add func(form string)) {
	if len(key) < 5 {
		return
	}
	starts := []string{""}
	for _, p := range particles {
		if strings.HasPrefix(key, p) && len(key) > len(p)+3 {
			starts = append(starts, p)
		}
	}
	for _, p := range starts {
		rest := key[len(p):]
		if form := p + "ge" + rest; participleShape(form) && known(form) {
			add(form)
		}
		if strings.HasPrefix(rest, "ge") {
			if form := p + rest[2:]; known(form) {
				add(form)
			}
		}
	}
}

// particles are the separable parts of Dutch verbs, before which the
// participle's "ge" goes: "af-ge-droogd", "uit-ge-laten".
var particles = []string{"aan", "af", "bij", "door", "in", "mee", "na", "om", "onder",
	"op", "over", "terug", "toe", "uit", "voor", "weg"}

// acronymJoins writes the start of the word as an acronym, joined to the
// rest by a hyphen or, before an ending, an apostrophe: "aowleeftijd" ->
// "AOW-leeftijd", "cdaer" -> "CDA'er", "ggd_test" -> "GGD-test".
func acronymJoins(key string, known func(string) bool, try func(string, float64)) {
	for i := 2; i <= 6 && i < len(key); i++ {
		head := strings.ToUpper(key[:i])
		rest := strings.TrimLeft(key[i:], "-_'")
		if !utf8.ValidString(key[:i]) || !hasLetter(head) || rest == "" || !known(head) {
			continue
		}
		try(head+"-"+rest, 0)
		try(head+"'"+rest, 0)
	}
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// hyphenJoins takes out a hyphen or underscore, one at a time and all
// together, in the case typed and in lower case: "Zika-virus" ->
// "zikavirus", "fiets-tocht" -> "fietstocht".
func hyphenJoins(typed string, try func(string, float64)) {
	if !strings.ContainsAny(typed, "-_") {
		return
	}
	var forms []string
	for i, r := range typed {
		if (r == '-' || r == '_') && i > 0 && i < len(typed)-1 {
			forms = append(forms, typed[:i]+typed[i+1:])
		}
	}
	forms = append(forms, strings.NewReplacer("-", "", "_", "").Replace(typed))
	for _, f := range forms {
		try(f, 0)
		try(strings.ToLower(f), 0)
	}
	try(strings.ReplaceAll(typed, "_", "-"), 0)
}

// hyphenInserts puts a hyphen between two parts, with the part after it
// in lower case or capitalised: "autoongeluk" -> "auto-ongeluk",
// "Zuidholland" -> "Zuid-Holland". Only where the dictionary knows both
// parts, so that a long word costs few compound checks. Between two
// lower-case parts Dutch wants the hyphen where two vowels meet; anywhere
// else it costs between more, as most compounds are written solid.
func hyphenInserts(key, typed string, between float64, known func(string) bool, try func(string, float64)) {
	if strings.ContainsAny(key, "- '") || len(key) < 5 || len(key) > 40 {
		return
	}
	capital := unicode.IsUpper(firstRune(typed))
	for i := 2; i <= len(key)-2; i++ {
		if !utf8.RuneStart(key[i]) {
			continue
		}
		left, right := key[:i], key[i:]
		if capital {
			left = upperFirst(left, true)
		}
		if !known(left) {
			continue
		}
		if known(right) {
			extra := between // a hyphen the rules do not ask for
			if vowelMeets(left, right) {
				extra = 0
			}
			try(left+"-"+right, extra)
		}
		if name := upperFirst(right, true); known(name) {
			try(left+"-"+name, 0)
		}
	}
}

// diaeresisHyphens writes a hyphen for a diaeresis after a prefix, as the
// spelling has done since 2005: "antiïnflammatoir" -> "anti-inflammatoir",
// "coöuder" -> "co-ouder"; "coöperatie" stays, as the dictionary lists it.
func diaeresisHyphens(key string, try func(string, float64)) {
	for i, r := range key {
		if i > 0 && strings.ContainsRune("äëïöü", r) {
			try(key[:i]+"-"+string(plain(r))+key[i+utf8.RuneLen(r):], 0)
		}
	}
}

// abbreviationDots puts in the dots of an abbreviation written without
// them ("bijv" -> "bijv.", "mbt" -> "m.b.t.") and takes out dots that do
// not belong ("z.g.n." -> "zgn."). Leaving out every dot of an
// initialism is one habit, not one slip per letter, so "ivm" is priced
// as one missing dot and "i.v.m." comes before "vim".
func abbreviationDots(key string, dot float64, try func(string, float64)) {
	bare := strings.ReplaceAll(key, ".", "")
	if bare == "" || len(bare) > 5 || strings.IndexFunc(bare, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return
	}
	try(bare+".", 0)
	var dotted strings.Builder
	for _, r := range bare {
		dotted.WriteRune(r)
		dotted.WriteByte('.')
	}
	saved := 0.0
	if key == bare {
		saved = dot * float64(utf8.RuneCountInString(bare)-1)
	}
	try(dotted.String(), -saved)
}

// scriptDigits swaps subscript and superscript figures, which sit next to
// each other in a character picker: "cm₂" -> "cm²", "SO²" -> "SO₂".
func scriptDigits(key string, try func(string, float64)) {
	swapped := strings.Map(func(r rune) rune {
		if i := strings.IndexRune(subscripts, r); i >= 0 {
			return []rune(superscriptDigits)[len([]rune(subscripts[:i]))]
		}
		if i := strings.IndexRune(superscriptDigits, r); i >= 0 {
			return []rune(subscripts)[len([]rune(superscriptDigits[:i]))]
		}
		return r
	}, key)
	if swapped != key {
		try(swapped, 0)
		try(strings.ToUpper(swapped), 0)
	}
}

const (
	subscripts        = "₀₁₂₃₄₅₆₇₈₉"
	superscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹"
)

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// participleShape tells whether w ends the way a past participle does,
// inflected or not: "gespeeld", "gewerkte", "gevonden"; not a present
// participle ("gelopend") or a superlative ("gegrootst").
func participleShape(w string) bool {
	for _, no := range []string{"end", "ende", "st"} {
		if strings.HasSuffix(w, no) {
			return false
		}
	}
	for _, yes := range []string{"d", "t", "de", "te", "en", "den", "ten"} {
		if strings.HasSuffix(w, yes) {
			return true
		}
	}
	return false
}

// repeatCandidates offers key with a repeated pair of letters put back or
// taken out: writers skip one of two like syllables ("gegeten" written
// "geten") or type one twice ("tegegenwoordig").
func repeatCandidates(key string, known func(string) bool, add func(form string)) {
	if len(key) < 4 || !isASCII(key) {
		return
	}
	for i := 2; i <= len(key); i++ {
		pair := key[i-2 : i]
		if form := key[:i] + pair + key[i:]; known(form) {
			add(form)
		}
		if strings.HasPrefix(key[i:], pair) {
			if form := key[:i] + key[i+2:]; known(form) {
				add(form)
			}
		}
	}
}

// vowelMeets tells whether left ends and right starts with a vowel, where
// Dutch writes a hyphen in a compound ("mee-eten", "auto-ongeluk").
func vowelMeets(left, right string) bool {
	last, _ := utf8.DecodeLastRuneInString(left)
	return strings.ContainsRune("aeiouy", last) && strings.ContainsRune("aeiouy", firstRune(right))
}
