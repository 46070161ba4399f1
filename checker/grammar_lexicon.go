package checker

import "strings"

// VerbLexicon is what the Dutch grammar rules need beyond Speller: what a
// word form can be. Package spelling provides it from the OpenTaal
// dictionary's affix tags (Speller.DutchForms), so the rules know every
// verb the dictionary knows without a hand-made verb list. It is optional:
// without it (no Dutch dictionary installed, or a speller that lacks it)
// the grammar rules stay silent rather than guess.
type VerbLexicon interface {
	// DutchForms returns the classes of a lower-case Dutch form as bits
	// (the form* constants below), 0 when the form is not listed.
	DutchForms(word string) uint32
}

// The class bits, in the order package spelling defines them
// (spelling.FormStem …); a test in grammar_real_test.go holds them equal.
const (
	formStem        uint32 = 1 << iota // present stem, the ik-form: "vind"
	formThird                          // present with -t: "vindt"
	formPast                           // weak past tense: "verhuisde"
	formInfinitive                     // "vinden"
	formParticiple                     // "gebeurd", "gewerkt"
	formParticipleE                    // participle with -e: "verbrande"
	formNoun                           // "land", "landen"
	formPlural                         // "landen"
	formAdjective                      // "hard", "lopend"
	formComparative                    // "groter"
	formOther                          // function words, strong past tenses, names
)

// notVerbOnly are the classes that make a verb form ambiguous: a form that
// is also a noun, adjective or something unclassified ("land", "hard",
// "las") is left alone where only its verb reading would be wrong.
const notVerbOnly = formNoun | formAdjective | formComparative | formOther

// verbLexiconOf returns the document's verb lexicon when the post is Dutch and
// the speller has one.
func verbLexiconOf(d *Doc) VerbLexicon {
	if d.Lang != "nl" || d.Speller == nil {
		return nil
	}
	lx, _ := d.Speller.(VerbLexicon)
	return lx
}

// gram is what the grammar rules work with: the lexicon, through which
// they ask about words (gram.cls), and the methods that read clauses.
type gram struct {
	lx VerbLexicon
}

// classes looks a lower-case word up; words with capitals inside a
// sentence are names and get no class.
func (g *gram) classes(w string) uint32 {
	if w == "" || g.lx == nil {
		return 0
	}
	return g.lx.DutchForms(w)
}

// third is the present with -t of a stem ("vind" -> "vindt", "ga" ->
// "gaat"), or "" when the dictionary does not list one. A stem ending in t
// is its own third person ("zet").
func (g *gram) third(stem string) string {
	if strings.HasSuffix(stem, "t") {
		return ""
	}
	cand := stem + "t"
	switch {
	case strings.HasSuffix(stem, "a"), strings.HasSuffix(stem, "o") && !strings.HasSuffix(stem, "oo"):
		cand = stem + stem[len(stem)-1:] + "t" // "ga" -> "gaat", "sta" -> "staat"
	}
	if g.classes(cand)&formThird == 0 {
		return ""
	}
	return cand
}

// stemOf is the stem of a present with -t ("vindt" -> "vind", "gaat" ->
// "ga"), or "" when the dictionary has none.
func (g *gram) stemOf(third string) string {
	if !strings.HasSuffix(third, "t") || len(third) < 3 {
		return ""
	}
	for _, cand := range []string{third[:len(third)-1], third[:len(third)-2]} {
		if cand != "" && g.classes(cand)&formStem != 0 && g.third(cand) == third {
			return cand
		}
	}
	return ""
}
