package spelling

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/blevesearch/vellum"
)

// Productive first parts. OpenTaal gives many common nouns no compound
// flag ("bus", "les", "zak"); its word list then lists their compounds one
// by one ("bushalte", "busbaan", "lesrooster" …), and a new one such as
// "busplein" is rejected. The dictionary itself shows which of these
// nouns are productive: a noun that starts at least partMinCompounds
// listed words head + tail, the tail a listed noun OpenTaal lets end a
// compound, is a productive part. productiveCompound accepts an unlisted
// head + tail of the same shape when the head is productive, under the
// guards described there. The parameters were chosen on the odd rows of
// OpenTaal's corrections (see doc.go).
const (
	partMinCompounds = 10 // listed compounds a head must start to count as productive
	partMinHead      = 3  // bytes; shorter heads ("ei", "as") are too often part of another word
	partMinTail      = 4  // bytes; three-letter tails ("tas", "pak") added nothing measured and are the likeliest slips
)

// partsFile is the cached table of productive parts; its name carries the
// parameters, so a table made with other ones is never read.
var partsFile = fmt.Sprintf("spelling-nl-parts-v1-%d-%d-%d.idx", partMinCompounds, partMinHead, partMinTail)

// partTable is one dictionary's set of productive first parts: about 200
// nouns in an automaton of about a kilobyte.
type partTable struct {
	once sync.Once
	fst  *vellum.FST

	tails tailTable // the productive last parts (compound_tails.go), found apart
}

// partTables holds one table per set of source files, as lexicons does
// for the forms.
var partTables sync.Map // source stamps -> *partTable

// productiveParts returns the table for d, reading it from the cache or
// building it (0.2 s) the first time it is needed.
func (s *Speller) productiveParts(d *dict) *partTable {
	pt := d.derived()
	pt.once.Do(func() { pt.fst, _ = s.loadParts(d) })
	if pt.fst == nil {
		return nil
	}
	return pt
}

// derived returns the tables derived from d's sources, unbuilt until
// asked for. The dictionary keeps them, as it keeps its forms: the key is
// worked out once, not for every unknown word.
func (d *dict) derived() *partTable {
	d.partsOnce.Do(func() {
		v, _ := partTables.LoadOrStore(sourceKey(d.meta.Sources), &partTable{})
		d.parts = v.(*partTable)
	})
	return d.parts
}

func (pt *partTable) has(head string) bool {
	ok, err := pt.fst.Contains([]byte(head))
	return ok && err == nil
}

// loadParts reads the table from the cache when it was built from the same
// sources, and builds and caches it otherwise, like loadForms.
func (s *Speller) loadParts(d *dict) (*vellum.FST, error) {
	return s.loadDerived(d, partsFile, "nl-parts", partCandidates, buildParts)
}

// loadDerived reads a table derived from d (the productive first or last
// parts) from the cache file when it was built from the same sources, and
// otherwise finds the candidates, builds the table and caches it.
func (s *Speller) loadDerived(d *dict, file, lang string, candidates func(*dict) []string,
	build func(*dict, *formLexicon, []string) ([]byte, error)) (*vellum.FST, error) {
	path := ""
	if d.cache != "" {
		path = filepath.Join(d.cache, file)
		if c, err := readIndex(path, d.meta.Sources); err == nil {
			return c.fst, nil
		}
	}
	found := candidates(d)
	if len(found) == 0 {
		// A dictionary without candidates (the tests' tiny one) needs no
		// word classes and leaves the cache to the real one.
		return vellum.Load(emptyFST)
	}
	lx := s.formLexicon()
	if lx == nil {
		return nil, errNoForms
	}
	data, err := build(d, lx, found)
	if err != nil {
		return nil, err
	}
	if path != "" {
		// A cache that cannot be written only costs time at the next start.
		_ = writeIndex(path, indexMeta{Format: indexFormat, Lang: lang, Sources: d.meta.Sources}, data)
	}
	return vellum.Load(data)
}

var errNoForms = errors.New("spelling: no Dutch word classes")

// emptyFST is an automaton without keys.
var emptyFST = func() []byte {
	var buf bytes.Buffer
	if b, err := vellum.New(&buf, nil); err == nil {
		b.Close()
	}
	return buf.Bytes()
}()

// partCandidates reads the dictionary alone for heads that may be
// productive: every lower-case word of at least partMinHead bytes that
// carries no compound flag (heads with one compound through the affix
// rules already), is not among the commonest words (isCommon) nor marked
// not to be suggested, and starts at least partMinCompounds listed words
// whose rest is a listed word that may end a compound. It is one pass in
// byte order: the words that start with a head follow it, so a stack
// holds the heads the current word starts with ("bus", then "buste").
func partCandidates(d *dict) []string {
	type open struct {
		head string
		n    int
	}
	var stack []open
	var out []string
	pop := func() {
		if o := stack[len(stack)-1]; o.n >= partMinCompounds {
			out = append(out, o.head)
		}
		stack = stack[:len(stack)-1]
	}
	it, err := d.fst.Iterator(nil, nil)
	for err == nil {
		k, v := it.Current()
		for len(stack) > 0 && !bytes.HasPrefix(k, []byte(stack[len(stack)-1].head)) {
			pop()
		}
		if v&bitWord != 0 {
			for i := range stack {
				o := &stack[i]
				if tail := k[len(o.head):]; o.n < partMinCompounds && len(tail) >= partMinTail {
					if tb, ok, _ := d.fst.Get(tail); ok && tb&(bitWord|bitEnd|bitForbidden) == bitWord|bitEnd {
						o.n++
					}
				}
			}
		}
		if len(k) >= partMinHead && v&(bitWord|bitBegin|bitForbidden|bitNoSuggest) == bitWord && lowerWord(k) && !isCommon(string(k)) {
			stack = append(stack, open{head: string(k)})
		}
		err = it.Next()
	}
	for len(stack) > 0 {
		pop()
	}
	slices.Sort(out) // popped inner heads first; vellum wants byte order
	return out
}

// buildParts keeps the candidates that are nouns (pureNoun) and start at
// least partMinCompounds listed words whose rest is a listed noun that
// may end a compound, and returns them as an automaton.
func buildParts(d *dict, lx *formLexicon, candidates []string) ([]byte, error) {
	forms, err := lx.fst.Reader()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	b, err := vellum.New(&buf, nil)
	if err != nil {
		return nil, err
	}
	for _, h := range candidates {
		if c, found, _ := forms.Get([]byte(h)); !found || !pureNoun(uint32(c)) {
			continue
		}
		n := 0
		it, err := d.fst.Iterator([]byte(h), append([]byte(h), 0xff))
		for err == nil && n < partMinCompounds {
			k, v := it.Current()
			if tail := k[len(h):]; v&bitWord != 0 && len(tail) >= partMinTail {
				if c, found, _ := forms.Get(tail); found && uint32(c)&FormNoun != 0 {
					if tb, ok, _ := d.fst.Get(tail); ok && tb&(bitWord|bitEnd|bitForbidden) == bitWord|bitEnd {
						n++
					}
				}
			}
			err = it.Next()
		}
		if err != nil && err != vellum.ErrIteratorDone {
			return nil, err
		}
		if n >= partMinCompounds {
			if err := b.Insert([]byte(h), 0); err != nil {
				return nil, err
			}
		}
	}
	if err := b.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// pureNoun: a noun, perhaps also a verb stem ("bus", "les", "zak"), but no
// adjective, adverb, particle or verb form ("hoog", "weg", "voor",
// "heeft"), which Dutch writes apart from a following noun.
func pureNoun(c uint32) bool {
	return c&FormNoun != 0 && c&^(FormNoun|FormStem|FormPlural) == 0
}

// lowerWord: only lower-case letters, so names ("Kamer", "iPad") are not
// heads or compounds of this kind.
func lowerWord(k []byte) bool {
	for _, r := range string(k) {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// productiveCompound accepts a word made of a productive part and a listed
// noun that may end a compound ("busplein", "lesmoment"), unless one of
// these says the writer meant something else:
//   - the parts' vowels meet, where Dutch writes a hyphen or diaeresis;
//   - the dictionary accepts the word capitalised, a compound with a name
//     ("Kamerbrief", the parliament's, not "kamerbrief");
//   - it accepts another joint of the same parts: with a linking s, e, en
//     or n, without one, or with a hyphen ("afstandsverkoop", not
//     "afstandverkoop");
//   - it lists a word one edit away: then the word is most likely that
//     word's typo ("busholte" for "bushalte"), not a new compound.
//
// The tail must be a noun and nothing else: "zelf" + an infinitive
// ("zelfroosteren") is no pattern OpenTaal's list shows, and accepting it
// would accept "zelfdoen" (written "zelf doen") as well, and a verb form
// after a head ("buswachten") is two words run together.
func (s *Speller) productiveCompound(d *dict, w string) bool {
	w, ok := compoundCase(w, partMinHead+partMinTail)
	if !ok {
		return false
	}
	found := false
	var pt *partTable
	d.prefixes(w, 0, func(end int, bits uint64) bool {
		if end < partMinHead || bits&(bitWord|bitBegin|bitForbidden) != bitWord {
			return true
		}
		if len(w)-end < partMinTail {
			return false // longer heads leave shorter tails
		}
		head, tail := w[:end], w[end:]
		tb, ok := d.get(tail)
		if !ok || tb&(bitWord|bitEnd|bitForbidden) != bitWord|bitEnd {
			return true
		}
		if pt == nil {
			if pt = s.productiveParts(d); pt == nil {
				return false
			}
		}
		if !pt.has(head) || isCommon(tail) || !pureNoun(s.DutchForms(tail)) || vowelMeets(head, tail) ||
			d.accepts(upperFirst(w, true)) || otherJoint(d, head, tail) || d.nearListed(w) {
			return true
		}
		found = true
		return false
	})
	return found
}

// compoundCase returns w in lower case when it may be a new compound: at
// least min bytes, in lower case, capitalised (the start of a sentence;
// "Ijs…" stays wrong) or in capitals.
func compoundCase(w string, min int) (string, bool) {
	if len(w) < min {
		return "", false
	}
	switch caseOf(w, true) {
	case capitalised:
		if !hasPrefixIj(w) {
			w = lowerFirst(w, true)
		}
	case upper:
		w = strings.ToLower(w)
	}
	return w, lowerWord([]byte(w))
}

func hasPrefixIj(w string) bool { return len(w) >= 2 && w[0] == 'I' && w[1] == 'j' }

// otherJoint tells whether the dictionary accepts head and tail joined in
// another way than written.
func otherJoint(d *dict, head, tail string) bool {
	for _, link := range []string{"s", "en", "e", "n", "-"} {
		if d.accepts(head + link + tail) {
			return true
		}
	}
	for _, link := range []string{"s", "en", "e", "n"} {
		if h, ok := strings.CutSuffix(head, link); ok && len(h) >= 2 && d.accepts(h+tail) {
			return true
		}
	}
	return false
}

// nearListed tells whether the dictionary lists a word one edit from w.
func (d *dict) nearListed(w string) bool {
	near := false
	d.fuzzy(w, 1, func(_ string, bits uint64) {
		near = near || bits&bitWord != 0
	})
	return near
}

// isCommon tells whether a word is on the list of the commonest Dutch
// words (rank_common.go). Such a word stands on its own so often that a
// missing space runs it into its neighbour ("zij kinderen", "weer
// weekend", "bel morgen"); as a head or a tail it would hide that typo.
func isCommon(w string) bool {
	_, ok := commonRank()[w]
	return ok
}
