package spelling

import (
	"strings"
	"unicode/utf8"
)

// OpenTaal's affix file sets BREAK 0, so hunspell never splits a Dutch word
// at its hyphen, and it lists few separable verbs in all their forms. Two
// kinds of correct Dutch fall through those gaps, and writers use them
// every day; knownDutch accepts them, each only when the dictionary
// vouches for the parts. (Hyphens where vowels clash, "camera-instelling",
// the affix rules already accept.)

// knownDutch is the fallback for a Dutch word the dictionary rejects.
func (s *Speller) knownDutch(d *dict, w string) bool {
	if bits, listed := d.get(w); listed && bits&bitForbidden != 0 {
		return false // the dictionary lists it as wrong ("tv-loos" for "tv'loos")
	}
	if strings.Contains(w, "-") {
		return s.acronymPrefixed(d, w) || s.lowerInitialismPrefixed(d, w) || s.formerPrefixed(d, w) || s.loanCompound(d, w)
	}
	return s.separableForm(w) || s.productiveCompound(d, w) || s.productiveTail(d, w) || s.loanCompound(d, w) ||
		s.intensified(d, w)
}

// acronymPrefixed accepts a compound of an initialism and a word, which
// Dutch writes with a hyphen: "AI-tool", "KPI-dashboard", "CRM-systeem".
// Only short all-capital initialisms count: names and acronyms spoken as
// words are written joined ("Oscarwinnaar", "azertyklavier"), so
// "YouTube-video" stays flagged, as the Woordenlijst would have it.
// An initialism the dictionary does not know at all counts, so that a new
// one ("KPI-dashboard") does not flood the sidebar.
func (s *Speller) acronymPrefixed(d *dict, w string) bool {
	left, right, ok := initialismParts(w)
	if !ok {
		return false
	}
	for _, r := range left {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	if caseOf(right, true) != lowerOrMixed || !d.known(right, true) && !s.userKnows(right, "nl") {
		return false
	}
	// The dictionary writes some initialisms in lower case ("btw",
	// "hr-afdeling"); then the capitals are the error.
	lower := strings.ToLower(left)
	if d.accepts(lower + "-" + right) {
		return false
	}
	bits, listed := d.get(left) // "AI" is listed in capitals, beside the animal "ai"
	return listed && bits&bitWord != 0 || !d.accepts(lower)
}

// lowerInitialismPrefixed accepts the same compound for an initialism the
// dictionary writes in lower case ("mkb", "zzp") when it lists compounds
// of it with a hyphen itself ("mkb-bedrijf", "zzp-tarief"), so a new one
// ("mkb-klanten", "zzp-opdracht") is written the way the dictionary
// writes the others. A head with a vowel may be a word, whose hyphen is
// there for the vowels meeting ("auto-ongeluk"), so it does not count.
func (s *Speller) lowerInitialismPrefixed(d *dict, w string) bool {
	left, right, ok := initialismParts(w)
	if !ok {
		return false
	}
	if caseOf(left, true) == capitalised {
		left = lowerFirst(left, true) // the start of a sentence
	}
	for _, r := range left {
		if r < 'a' || r > 'z' || strings.ContainsRune("aeiouy", r) {
			return false
		}
	}
	if caseOf(right, true) != lowerOrMixed || !d.known(right, true) || s.DutchForms(right)&FormNoun == 0 || d.accepts(left+right) {
		return false
	}
	bits, listed := d.get(left)
	return listed && bits&bitWord != 0 && d.listsUnder(left+"-", 2)
}

// initialismParts splits w at its hyphen when the part before may be an
// initialism (two to four letters) and the part after a word of at least
// three, with no second hyphen or dot.
func initialismParts(w string) (left, right string, ok bool) {
	left, right, _ = strings.Cut(w, "-")
	ok = len(left) >= 2 && len(left) <= 4 && len(right) >= 3 && !strings.ContainsAny(right, "-.")
	return left, right, ok
}

// listsUnder tells whether the dictionary lists at least n words that
// start with prefix.
func (d *dict) listsUnder(prefix string, n int) bool {
	it, err := d.fst.Iterator([]byte(prefix), append([]byte(prefix), 0xff))
	for ; err == nil && n > 0; err = it.Next() {
		if _, v := it.Current(); v&bitWord != 0 {
			n--
		}
	}
	return n == 0
}

// formerPrefixed accepts "oud-", "ex-" and "niet-" before a word the
// dictionary knows: the Leidraad writes these with a hyphen before any
// noun ("oud-buschauffeur", "ex-collega", "niet-leden"), so no list can
// hold them all.
func (s *Speller) formerPrefixed(d *dict, w string) bool {
	left, right, _ := strings.Cut(w, "-")
	switch strings.ToLower(left) {
	case "oud", "ex", "niet":
	default:
		return false
	}
	if len(right) < 3 || strings.Contains(right, "-") || caseOf(left, true) == upper {
		return false
	}
	// The word written joined is another word ("oudoom", great-uncle);
	// the part must be listed in the case written and be a noun, or an
	// adjective after "niet" ("niet-bijbels" is "niet-Bijbels").
	if d.accepts(strings.ToLower(left)+right) || !d.accepts(right) {
		return false
	}
	c := s.DutchForms(right)
	return c&FormNoun != 0 || left == "niet" && c&FormAdjective != 0
}

// separableForm accepts the present tense of a separable compound verb
// written as one word, as Dutch does at the end of a clause ("die
// leidinggeeft", "dat ze deelneemt"): OpenTaal lists the infinitive
// "leidinggeven" but not every form. The word must be a particle or noun
// followed by a present form ("geeft") whose infinitive ("geven") the
// dictionary tags, and particle plus infinitive must be a listed
// infinitive too: a compound noun such as "gemelden" or "ruggengraden"
// says nothing about "gemeldt" or "ruggengraad".
func (s *Speller) separableForm(w string) bool {
	if len(w) < 6 || !strings.HasSuffix(w, "t") || caseOf(w, true) != lowerOrMixed {
		return false // a clause's last verb with "hij", "zij", "die": "leidinggeeft"
	}
	for i := 2; i <= len(w)-3; i++ {
		if !utf8.RuneStart(w[i]) {
			continue
		}
		prefix, form := w[:i], w[i:]
		if s.DutchForms(form)&FormThird == 0 {
			continue
		}
		for _, inf := range infinitivesOf(form) {
			if s.DutchForms(inf)&FormInfinitive != 0 && s.DutchForms(prefix+inf)&FormInfinitive != 0 {
				return true
			}
		}
	}
	return false
}

// infinitivesOf guesses the infinitives a present form may belong to, by
// Dutch spelling rules: drop the -t, then add -en, undoing the long
// vowel's double letter and the f/s that voice to v/z ("geeft" -> "geven",
// "leest" -> "lezen", "houdt" -> "houden", "zet" -> "zetten"). Wrong
// guesses are harmless: the caller keeps only tagged infinitives.
func infinitivesOf(form string) []string {
	stems := []string{form}
	if t, ok := strings.CutSuffix(form, "t"); ok && t != "" {
		stems = append(stems, t)
	}
	var out []string
	for _, st := range stems {
		out = append(out, st+"en")
		if n := len(st); n >= 3 && st[n-2] == st[n-3] && isVowel(rune(st[n-2])) {
			st = st[:n-2] + st[n-1:] // "geef" -> "gef", "leer" -> "ler"
			out = append(out, st+"en")
		}
		if n := len(st); n >= 2 && isVowel(rune(st[n-1])) {
			out = append(out, st+"n") // "gaa" -> "gaan", "doe" -> "doen"
			continue
		}
		switch last := st[len(st)-1]; last {
		case 'f':
			out = append(out, st[:len(st)-1]+"ven")
		case 's':
			out = append(out, st[:len(st)-1]+"zen")
		default:
			if n := len(st); n >= 2 && isVowel(rune(st[n-2])) {
				out = append(out, st+string(last)+"en") // "zet" -> "zetten"
			}
		}
	}
	return out
}

// intensifiers are the prefixes Dutch joins to any adjective to
// strengthen it ("superdankbaar", "megablij"). OpenTaal lets them begin
// compounds, but many adjectives may not end one, so it accepts
// "superleuk" and rejects "superenthousiast".
var intensifiers = []string{"super", "mega", "kei", "reuze"}

// intensified accepts an intensifier before a listed adjective, unless
// the vowels meet (Dutch then writes a hyphen: "mega-actief") or the
// dictionary lists a word one edit away, which was then most likely meant.
func (s *Speller) intensified(d *dict, w string) bool {
	w, ok := compoundCase(w, 7)
	if !ok {
		return false
	}
	for _, p := range intensifiers {
		rest, ok := strings.CutPrefix(w, p)
		if !ok || len(rest) < 4 || vowelMeets(p, rest) || !d.accepts(rest) {
			continue
		}
		if s.DutchForms(rest)&FormAdjective != 0 && !d.nearListed(w) {
			return true
		}
	}
	return false
}
