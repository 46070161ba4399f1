package spelling

import (
	"bytes"
	"fmt"
	"slices"
	"sync"

	"github.com/blevesearch/vellum"
)

// Productive last parts, the mirror of the productive first parts of
// compound_parts.go. OpenTaal lets some nouns end no compound ("dag",
// "taal", "stelling": its affix file leaves them without the flag) and
// lists their compounds one by one ("werkdag", "studiedag", "sportdag" …),
// so a new one such as "evaluatiedag" is rejected although its first part
// may begin a compound. The dictionary shows which of these nouns are
// productive: a noun that ends at least tailMinCompounds listed nouns
// head + tail (tailMinShortCompounds for a tail of three bytes), the head
// a listed word that may begin a compound, is a productive last part.
// productiveTail accepts an unlisted head + tail of the same shape under
// the guards of productiveCompound. The parameters were chosen on the odd
// rows of OpenTaal's corrections (see doc.go).
const (
	tailMinCompounds      = 30  // listed compounds a tail of four bytes or more must end
	tailMinShortCompounds = 100 // listed compounds a tail of three bytes must end ("dag")
	tailMinHead           = 3   // bytes, as for the productive first parts
	tailMinTail           = 3   // bytes
)

// tailsFile is the cached table of productive last parts; its name carries
// the parameters, so a table made with other ones is never read.
var tailsFile = fmt.Sprintf("spelling-nl-tails-v1-%d-%d-%d-%d.idx", tailMinCompounds, tailMinShortCompounds, tailMinHead, tailMinTail)

// tailTable is one dictionary's set of productive last parts: a few dozen
// nouns. It lives beside the first parts (partTable), one per set of
// source files.
type tailTable struct {
	once sync.Once
	fst  *vellum.FST
}

func (tt *tailTable) has(tail string) bool {
	ok, err := tt.fst.Contains([]byte(tail))
	return ok && err == nil
}

// productiveTails returns the table for d, reading it from the cache or
// building it (0.3 s) the first time it is needed.
func (s *Speller) productiveTails(d *dict) *tailTable {
	tt := &d.derived().tails
	tt.once.Do(func() { tt.fst, _ = s.loadTails(d) })
	if tt.fst == nil {
		return nil
	}
	return tt
}

// loadTails reads the table from the cache when it was built from the same
// sources, and builds and caches it otherwise, like loadParts.
func (s *Speller) loadTails(d *dict) (*vellum.FST, error) {
	return s.loadDerived(d, tailsFile, "nl-tails", tailCandidates, buildTails)
}

// tailCandidates reads the dictionary alone for tails that may be
// productive: every lower-case word of at least tailMinTail bytes that may
// not end a compound and is neither forbidden nor marked not to be
// suggested, and that ends at least tailNeed listed words whose first part
// is a listed word of at least tailMinHead bytes that may begin a
// compound.
func tailCandidates(d *dict) []string {
	r, err := d.fst.Reader()
	if err != nil {
		return nil
	}
	counts := map[string]int{}
	splitListed(d, func(_, tail []byte) {
		if n, ok := counts[string(tail)]; ok {
			counts[string(tail)] = n + 1
		} else if tb, ok, _ := r.Get(tail); ok && tb&(bitWord|bitEnd|bitForbidden|bitNoSuggest) == bitWord && lowerWord(tail) {
			counts[string(tail)] = 1
		}
	})
	var out []string
	for tail, n := range counts {
		if n >= tailNeed(tail) {
			out = append(out, tail)
		}
	}
	slices.Sort(out)
	return out
}

// tailNeed is the number of listed compounds a tail must end: a short tail
// is more often an ending than a word ("aanbouwend" is no "aanbouw" +
// "end"), so it needs more.
func tailNeed(tail string) int {
	if len(tail) < 4 {
		return tailMinShortCompounds
	}
	return tailMinCompounds
}

// splitListed calls fn for every listed lower-case word and every split of
// it into a listed word that may begin a compound and a rest of at least
// tailMinTail bytes. It is one pass over the automaton: the words that
// start with a head follow it in byte order, so a stack holds the heads
// the current word starts with, as in partCandidates.
func splitListed(d *dict, fn func(word, tail []byte)) {
	var stack []int // lengths of the heads the current word starts with
	var prev []byte
	it, err := d.fst.Iterator(nil, nil)
	for err == nil {
		k, v := it.Current()
		for len(stack) > 0 {
			if h := stack[len(stack)-1]; len(k) >= h && bytes.Equal(k[:h], prev[:h]) {
				break
			}
			stack = stack[:len(stack)-1]
		}
		prev = append(prev[:0], k...)
		if v&(bitWord|bitForbidden) == bitWord && lowerWord(k) {
			for _, h := range stack {
				if len(k)-h >= tailMinTail {
					fn(k, k[h:])
				}
			}
		}
		if len(k) >= tailMinHead && v&(bitWord|bitBegin|bitForbidden) == bitWord|bitBegin && lowerWord(k) {
			stack = append(stack, len(k))
		}
		err = it.Next()
	}
}

// buildTails keeps the candidates that are nouns and nothing else
// (pureNoun) and still end tailNeed listed words when only the words that
// are nouns and nothing else count, so that verb forms and adjectives
// ("aanbouwden", "avontuurlijk") make no "den" or "lijk" productive, and
// returns them as an automaton.
func buildTails(d *dict, lx *formLexicon, candidates []string) ([]byte, error) {
	forms, err := lx.fst.Reader()
	if err != nil {
		return nil, err
	}
	counts := map[string]int{}
	for _, t := range candidates {
		if c, found, _ := forms.Get([]byte(t)); found && pureNoun(uint32(c)) {
			counts[t] = 0
		}
	}
	splitListed(d, func(w, tail []byte) {
		if n, ok := counts[string(tail)]; ok {
			if c, found, _ := forms.Get(w); found && pureNoun(uint32(c)) {
				counts[string(tail)] = n + 1
			}
		}
	})
	var buf bytes.Buffer
	b, err := vellum.New(&buf, nil)
	if err != nil {
		return nil, err
	}
	for _, t := range candidates {
		if n, ok := counts[t]; !ok || n < tailNeed(t) {
			continue
		}
		if err := b.Insert([]byte(t), 0); err != nil {
			return nil, err
		}
	}
	if err := b.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// productiveTail accepts a word made of a listed word that may begin a
// compound (or a productive first part) and a productive last part
// ("evaluatiedag", "toetstaak"), under the guards of productiveCompound: no
// vowels meet at the joint, and the dictionary accepts neither the word
// capitalised nor another joint of the parts, nor lists a word one edit
// away ("spotdag" is "sportdag" mistyped, not a new compound). The
// commonest words (isCommon) are not kept out here: a head with a compound
// flag is one OpenTaal itself joins to other words ("team", "klant"), "dag"
// is among them, and on the corrections the guard stopped no misspelling
// the others let through (doc.go).
func (s *Speller) productiveTail(d *dict, w string) bool {
	w, ok := compoundCase(w, tailMinHead+tailMinTail)
	if !ok {
		return false
	}
	found := false
	var tt *tailTable
	d.prefixes(w, 0, func(end int, bits uint64) bool {
		if len(w)-end < tailMinTail {
			return false // longer heads leave shorter tails
		}
		if end < tailMinHead {
			return true
		}
		head, tail := w[:end], w[end:]
		if tt == nil {
			if tt = s.productiveTails(d); tt == nil {
				return false
			}
		}
		if !tt.has(tail) || !s.dictBegins(d, head, bits) {
			return true
		}
		if vowelMeets(head, tail) || d.accepts(upperFirst(w, true)) || otherJoint(d, head, tail) || d.nearListed(w) {
			return true
		}
		found = true
		return false
	})
	return found
}

// dictBegins tells whether head, listed with bits, may begin a compound:
// a word or a linking form with the dictionary's compound flag ("klant",
// "bedrijfs" + "dag"), or a word that is a productive first part.
func (s *Speller) dictBegins(d *dict, head string, bits uint64) bool {
	if bits&bitForbidden != 0 {
		return false
	}
	if bits&bitBegin != 0 {
		return true
	}
	pt := s.productiveParts(d)
	return bits&bitWord != 0 && pt != nil && pt.has(head)
}
