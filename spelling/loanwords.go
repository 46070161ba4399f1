package spelling

import (
	"bufio"
	"io/fs"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"postwijs/assets"
)

// Loanwords. Dutch posts at work use English words that OpenTaal does not
// list ("onboarding", "scale-up", "aftermovie"), and join loanwords and
// Dutch nouns into new compounds ("podcastaflevering", "klantevent") that
// it rejects, because the loanword carries no compound flag. Neither is a
// slip, and hunspell flags them all. The words are data, written for
// Postwijs: assets/lists/<lang>/spelling-loanwords.tsv, one word form a
// line, "podcast+" for a word that begins compounds, "+event" for one
// that ends them. A word on the list is known on its own in the case
// rules of the user's words; a compound needs the list's mark on the
// loanword and the dictionary's word on the other side (loanCompound).

type loanBits uint8

const (
	loanBegin loanBits = 1 << iota // may begin a compound: "podcast" + "aflevering"
	loanEnd                        // may end a compound: "klant" + "event"
	loanWord                       // listed: every entry is a word of its own
)

// loanMinPart is the shortest part of a loanword compound, in bytes:
// "podcast" + "app".
const loanMinPart = 3

var loanLists = sync.OnceValue(func() map[string]map[string]loanBits {
	out := map[string]map[string]loanBits{}
	for lang := range languages {
		if l := readLoanwords(assets.FS, "lists/"+lang+"/spelling-loanwords.tsv"); len(l) > 0 {
			out[lang] = l
		}
	}
	return out
})

// readLoanwords parses one list; a missing file is an empty list.
func readLoanwords(fsys fs.FS, name string) map[string]loanBits {
	f, err := fsys.Open(name)
	if err != nil {
		return nil
	}
	defer f.Close()
	out := map[string]loanBits{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		w, _, _ := strings.Cut(line, "\t")
		w = strings.TrimSpace(w)
		bits := loanWord
		if t, ok := strings.CutSuffix(w, "+"); ok {
			w, bits = t, bits|loanBegin
		}
		if t, ok := strings.CutPrefix(w, "+"); ok {
			w, bits = t, bits|loanEnd
		}
		if w = normalize(w); w != "" {
			out[w] |= bits
		}
	}
	return out
}

// loanKnown tells whether w is on lang's list of loanwords.
func loanKnown(w, lang string) bool {
	l := loanLists()[lang]
	return len(l) > 0 && inAnyCase(w, lang == "nl", func(v string) bool { return l[v] != 0 })
}

// loanCompound accepts a Dutch compound of a listed loanword and a word
// the dictionary lets stand at the other side: "podcast+" before a noun
// that may end a compound, "+event" (or its plural "events") after a word
// or linking form that may begin one. The parts are joined, or written
// with a hyphen where their vowels meet, as the Leidraad has it
// ("data-engineer"); a loanword may hold a hyphen of its own ("e-bike",
// "pop-up"). The guards of the productive compounds hold: no other joint
// the dictionary accepts, no listed word one edit away.
func (s *Speller) loanCompound(d *dict, w string) bool {
	l := loanLists()["nl"]
	w, ok := loanCase(w)
	if len(l) == 0 || !ok || len(w) < 2*loanMinPart {
		return false
	}
	for i := loanMinPart; i <= len(w)-loanMinPart; i++ {
		if !utf8.RuneStart(w[i]) || w[i-1] == '-' {
			continue
		}
		head, tail, hyphen := w[:i], w[i:], false
		if w[i] == '-' {
			tail, hyphen = w[i+1:], true
		}
		if len(tail) < loanMinPart || strings.HasPrefix(tail, "-") || hyphen != vowelMeets(head, tail) {
			continue
		}
		if !(l[head]&loanBegin != 0 && s.endsCompound(d, tail) || loanEnds(l, tail) && s.beginsCompound(d, head)) {
			continue
		}
		if otherJoint(d, head, tail) || d.nearListed(w) {
			continue
		}
		return true
	}
	return false
}

// loanCase is compoundCase for a compound that may hold hyphens.
func loanCase(w string) (string, bool) {
	w, _ = compoundCase(w, 0)
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return "", false
		}
	}
	return w, true
}

// loanEnds tells whether tail is a listed loanword that ends compounds,
// or its plural in s.
func loanEnds(l map[string]loanBits, tail string) bool {
	if l[tail]&loanEnd != 0 {
		return true
	}
	sg, ok := strings.CutSuffix(tail, "s")
	return ok && l[sg]&loanEnd != 0
}

// endsCompound tells whether the dictionary lets tail, a noun, end a
// compound, or the list does.
func (s *Speller) endsCompound(d *dict, tail string) bool {
	if loanEnds(loanLists()["nl"], tail) {
		return true
	}
	tb, ok := d.get(tail)
	if ok && tb&(bitWord|bitEnd|bitForbidden) == bitWord|bitEnd {
		return s.DutchForms(tail)&FormNoun != 0
	}
	tt := s.productiveTails(d)
	return tt != nil && tt.has(tail)
}

// beginsCompound tells whether head may begin a compound: a listed
// loanword that begins compounds, or a head the dictionary lets begin one
// (dictBegins).
func (s *Speller) beginsCompound(d *dict, head string) bool {
	if loanLists()["nl"][head]&loanBegin != 0 {
		return true
	}
	bits, ok := d.get(head)
	return ok && s.dictBegins(d, head, bits)
}

// loanCandidates lists the loanwords within two plain edits of key, a
// word in lower case, for the error model to rank ("onbaording" ->
// "onboarding"). The edit count is checked first because ranking every
// word of the list would triple the time of a suggestion.
func loanCandidates(lang, key string) []string {
	var out []string
	n := utf8.RuneCountInString(key)
	for w := range loanLists()[lang] {
		if d := utf8.RuneCountInString(w) - n; d >= -2 && d <= 2 && editDistance(key, w) <= 2 {
			out = append(out, w)
		}
	}
	return out
}

// loanCompoundCandidates corrects the rest of a word that starts with a
// loanword that begins compounds, the way compoundCandidates does after a
// dictionary head ("podcastafleverng" -> "podcastaflevering").
func (s *Speller) loanCompoundCandidates(d *dict, key string, fn func(string)) {
	for head, bits := range loanLists()["nl"] {
		tail, ok := strings.CutPrefix(key, head)
		if bits&loanBegin == 0 || !ok || len(tail) < loanMinPart {
			continue
		}
		dist := 1
		if utf8.RuneCountInString(tail) >= 7 {
			dist = 2
		}
		d.fuzzy(tail, dist, func(form string, tb uint64) {
			if tb&bitEnd != 0 && tb&bitNoSuggest == 0 && s.loanCompound(d, head+form) {
				fn(head + form)
			}
		})
	}
}

// loanForm tells whether the list accepts a form the dictionary lacks, on
// its own or in a compound, for the suggestions the spelling rules make.
func (s *Speller) loanForm(d *dict) func(string) bool {
	return func(f string) bool { return loanKnown(f, "nl") || s.loanCompound(d, f) }
}
