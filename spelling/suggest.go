package spelling

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/blevesearch/vellum/levenshtein"
)

// Suggestions come from these searches, ranked together by the error model
// (errmodel.go):
//   - the automaton itself, searched with a Levenshtein automaton of
//     distance 2 with transpositions: every listed form within two edits;
//   - compounds: the word split after a part that may begin a compound, and
//     the rest searched within one or two edits among parts that may end
//     one ("klavierverlichiting" -> "klavier" + "verlichting");
//   - the user's own words;
//   - forms made by rule and checked exactly: stressed words
//     (emphasis.go), figures and units (numbers.go), capitals for an
//     abbreviation typed in lower case, hyphens, dots and the "ge" of a
//     participle (suggest_rules.go);
//   - when all of that finds nothing close, a wider search: two
//     sound-alike spellings at once (suggest_wide.go).
// Every candidate is checked with the same rules as Known before it is
// offered.

// levBuilders are the Levenshtein automaton builders for distance 1 and 2.
// Building one costs a few milliseconds, so it is done once, on the first
// suggestion rather than at start-up.
var levBuilders = sync.OnceValues(func() ([3]*levenshtein.LevenshteinAutomatonBuilder, error) {
	var out [3]*levenshtein.LevenshteinAutomatonBuilder
	for d := 1; d <= 2; d++ {
		b, err := levenshtein.NewLevenshteinAutomatonBuilder(uint8(d), true)
		if err != nil {
			return out, err
		}
		out[d] = b
	}
	return out, nil
})

// Suggest returns at most n corrections for word in lang, best first, in
// the case the word was typed in (capitalised at the start of a sentence,
// capitals for capitals).
//
// Suggestions are remembered until the user's words change: the UI
// re-checks the post after every pause in typing, and a word still
// misspelled needs the same suggestions again.
func (s *Speller) Suggest(word, lang string, n int) []string {
	key := fmt.Sprint(lang, "\x00", n, "\x00", word)
	s.mu.RLock()
	out, ok := s.sugg[key]
	gen := s.gen
	s.mu.RUnlock()
	if ok {
		return slices.Clone(out)
	}
	out = s.suggest(word, lang, n, &defaultWeights)
	s.mu.Lock()
	if len(s.sugg) >= memoLimit/10 {
		clear(s.sugg)
	}
	if gen == s.gen {
		s.sugg[key] = out
	}
	s.mu.Unlock()
	return slices.Clone(out)
}

func (s *Speller) suggest(word, lang string, n int, wt *weights) []string {
	d := s.dicts[lang]
	if d == nil || n <= 0 || word == "" {
		return nil
	}
	dutch := lang == "nl"
	w := normalize(word)
	shape := caseOf(w, dutch)
	key := strings.ToLower(w)
	if shape == capitalised {
		key = lowerFirst(w, dutch)
	}
	c := &candidates{typed: w, wt: wt, seen: map[string]float64{}, hyphen: strings.HasSuffix(w, "-")}
	listed := func(f string) string { return d.listedCase(f, dutch) }
	if dutch {
		emphasisCandidates(key, listed, c.set)
	}
	numberCandidates(w, func(f string) string {
		if d.known(f, dutch) { // the case typed: "230V" -> "230 V"
			return f
		}
		return listed(strings.ToLower(f))
	}, func(f string, extra float64) { c.set(f, wt.Joiner+extra) })
	key = backticks.Replace(key) // "m`n": a backtick typed for an apostrophe
	c.wrong = []rune(key)
	if shape == lowerOrMixed {
		// Mixed case ("EEG-Verdrag") is compared as typed, so that the
		// candidate keeping the writer's capitals comes first.
		c.wrong = []rune(backticks.Replace(w))
	}
	d.collect(key, backticks.Replace(w), shape != upper, dutch, s.loanForm(d), c)
	for _, u := range s.userWords(lang) {
		c.add(u, 0)
	}
	for _, u := range loanCandidates(lang, key) {
		c.add(u, 0)
	}
	if dutch {
		s.loanCompoundCandidates(d, key, func(form string) { c.add(form, c.wt.Compound) })
	}
	c.splits(key, func(p string) bool { return d.known(p, dutch) || s.userKnows(p, lang) || isNumber(p) })
	c.prior(d)
	return c.best(n, func(form string) string {
		// The case typed, when the dictionary allows it ("Vandaag" at the
		// start of a sentence); otherwise the listed case ("BTW-" -> "btw-").
		if f := reshape(form, shape, dutch); f == form || d.knownWords(f, dutch) {
			return f
		}
		return form
	})
}

// collect runs the searches for key, the word in lower case, and typed,
// the word as typed.
func (d *dict) collect(key, typed string, typedCase, dutch bool, alsoKnown func(string) bool, c *candidates) {
	d.gather(key, dutch, c)
	d.widen(key, dutch, c)
	if typedCase && typed != key {
		// Names and words with capitals of their own are listed with them
		// ("Zuid-Afrikaanse", "Nieuw-Zeeland"); the search is exact in
		// case, so it looks around the capitals typed as well.
		d.gather(typed, dutch, c)
	}
	if !dutch {
		return
	}
	known := func(f string) bool { return d.known(f, dutch) }
	d.ruleCandidates(key, typed, c.wt, alsoKnown, c.add)
	geCandidates(key, known, func(f string) { c.offer(f, c.wt.Participle) })
	repeatCandidates(key, known, func(f string) { c.offer(f, c.wt.Repeat) })
}

// gather collects candidates from the automaton: within two edits of the
// word, within one edit of each sound-alike spelling of it, and compounds.
func (d *dict) gather(key string, dutch bool, c *candidates) {
	listed := func(extra float64) func(string, uint64) {
		return func(form string, bits uint64) {
			if bits&(bitWord|bitForbidden|bitNoSuggest) == bitWord {
				c.add(form, extra)
			}
		}
	}
	dist := distanceFor(key)
	d.fuzzy(key, dist, listed(0))
	// A variant one edit from the word has its neighbours inside the
	// search just done: searching around it again finds nothing new.
	around := func(v string, vd int) {
		if editDistance(key, v)+vd > dist {
			d.fuzzy(v, vd, listed(0))
		}
	}
	if !strings.ContainsFunc(key, unicode.IsUpper) {
		// Abbreviations and names typed in lower case ("unesco", "rsi"):
		// the search is exact, so only the case is corrected. A capital
		// at the start only for a word typed all in lower case: "BTW-code"
		// is "btw-code", not "Btw-code".
		fs := []string{strings.ToUpper(key)}
		if !strings.ContainsFunc(c.typed, unicode.IsUpper) {
			fs = append(fs, upperFirst(key, dutch))
		}
		for _, f := range fs {
			if f != key && d.accepts(f) {
				c.add(f, 0)
			}
		}
	}
	for _, v := range soundVariants(key) {
		around(v, soundDistance)
		if len(v) >= 8 && d.known(v, dutch) {
			c.add(v, 0) // a compound, which the automaton does not list: "rekruteringsbureau"
		}
	}
	for _, v := range endingVariants(key) {
		around(v, 1)
	}
	if v, ok := acronymVariant(key); ok {
		around(v, 1)
	}
	d.compoundCandidates(key, func(form string) {
		if d.known(form, dutch) {
			c.add(form, c.wt.Compound)
		}
	})
}

// knownWords is known for each word of a suggestion that has a space.
func (d *dict) knownWords(s string, dutch bool) bool {
	for _, w := range strings.Fields(s) {
		if !d.known(w, dutch) && !isNumber(w) {
			return false
		}
	}
	return true
}

// backticks are typed for apostrophes ("z`n", "Jezus`").
var backticks = strings.NewReplacer("`", "'", "´", "'")

// listedCase returns w as the dictionary lists it: as is, capitalised or
// in capitals ("google" -> "Google", "unesco" -> "UNESCO"), or "" when it
// is none of them.
func (d *dict) listedCase(w string, dutch bool) string {
	for _, f := range []string{w, upperFirst(w, dutch), strings.ToUpper(w)} {
		if d.accepts(f) {
			return f
		}
	}
	return ""
}

// distanceFor keeps the search narrow for short words, where two edits
// turn almost anything into anything.
func distanceFor(w string) int {
	if len([]rune(w)) <= 4 {
		return 1
	}
	return 2
}

// fuzzy calls fn for every listed form within dist edits of w.
func (d *dict) fuzzy(w string, dist int, fn func(form string, bits uint64)) {
	bs, err := levBuilders()
	if err != nil {
		return
	}
	dfa, err := bs[dist].BuildDfa(w, uint8(dist))
	if err != nil {
		return
	}
	it, err := d.fst.Search(dfa, nil, nil)
	for err == nil {
		k, v := it.Current()
		fn(string(k), v)
		err = it.Next()
	}
}

// compoundCandidates splits w after every form that may begin a compound
// and looks for the rest among the forms within one edit (two for a long
// rest) that may end one.
func (d *dict) compoundCandidates(w string, fn func(string)) {
	if !d.meta.Compounds {
		return
	}
	d.prefixes(w, 0, func(end int, bits uint64) bool {
		if bits&bitBegin == 0 || end < 3 || len(w)-end < 3 {
			return true
		}
		head, tail := w[:end], w[end:]
		dist := 1
		if len([]rune(tail)) >= 7 {
			dist = 2
		}
		d.fuzzy(tail, dist, func(form string, bits uint64) {
			if bits&bitEnd != 0 && bits&bitNoSuggest == 0 {
				fn(head + form)
			}
		})
		return true
	})
}

// userWords lists the user's words for lang.
func (s *Speller) userWords(lang string) []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]string, 0, len(s.user[lang]))
	for w := range s.user[lang] {
		out = append(out, w)
	}
	return out
}
