package spelling

import (
	"fmt"
	"strings"
	"sync"

	"github.com/blevesearch/vellum"
)

// Word classes of Dutch forms, as DutchForms reports them. OpenTaal's
// affix file tags every suffix with what it makes ("ts:VB3" is the present
// with -t, "ts:NN2" a plural, "ts:VBpe" a participle with -e); these bits
// are those tags, read once from the dictionary the speller loaded, so the
// grammar rules know verb forms without a hand-made verb list. A form can
// have several classes: "land" is a noun and a verb stem.
const (
	FormStem        uint32 = 1 << iota // present stem, the ik-form: "vind", "word", "verhuis"
	FormThird                          // present with -t: "vindt", "wordt", and "zet" (stem in t)
	FormPast                           // weak past tense: "verhuisde", "werkten"
	FormInfinitive                     // "vinden", also the plural present
	FormParticiple                     // past participle: "gebeurd", "gewerkt", "verhuisd"
	FormParticipleE                    // participle with -e, before a noun: "verbrande"
	FormNoun                           // a noun or one of its forms: "land", "landen"
	FormPlural                         // a noun's plural: "landen", "honden"
	FormAdjective                      // an adjective or adjectival form: "hard", "lopend"
	FormComparative                    // an adjective's comparative: "groter", "lelijker"
	FormOther                          // listed without a class: function words, strong past tenses, names
)

// DutchForms returns the classes a lower-case Dutch word form has in the
// dictionary, or 0 when the dictionary does not list the form (a compound,
// a typo) or no Dutch dictionary is loaded. The first call reads the
// dictionary's affix tags, which takes a moment; later calls are lookups.
func (s *Speller) DutchForms(word string) uint32 {
	lx := s.formLexicon()
	if lx == nil || word == "" {
		return 0
	}
	if !isASCII(word) {
		word = normalize(word) // "’" and "ĳ" are written two ways
	}
	return lx.lookup(word)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// HasDutchForms tells whether DutchForms knows anything: false when no
// Dutch dictionary is loaded or its affix file carries no tags.
func (s *Speller) HasDutchForms() bool {
	lx := s.formLexicon()
	return lx != nil && lx.fst.Len() > 0
}

// formLexicon is one dictionary's table of forms and classes.
type formLexicon struct {
	once sync.Once
	fst  *vellum.FST
	err  error

	// memo remembers answers: the checker asks about the same words each
	// time the user pauses, and an automaton lookup allocates.
	mu   sync.RWMutex
	memo map[string]uint32
	// readers reuse the automaton's decoder state between lookups.
	readers sync.Pool
}

// formsMemoLimit bounds the memo, like the speller's memo of Known.
const formsMemoLimit = 50000

func (lx *formLexicon) lookup(w string) uint32 {
	lx.mu.RLock()
	c, ok := lx.memo[w]
	lx.mu.RUnlock()
	if ok {
		return c
	}
	r, _ := lx.readers.Get().(*vellum.Reader)
	if r == nil {
		r, _ = lx.fst.Reader()
	}
	if r != nil {
		if v, found, err := r.Get([]byte(w)); found && err == nil {
			c = uint32(v)
		}
		lx.readers.Put(r)
	}
	lx.mu.Lock()
	if lx.memo == nil || len(lx.memo) >= formsMemoLimit {
		lx.memo = make(map[string]uint32, 1024)
	}
	lx.memo[w] = c
	lx.mu.Unlock()
	return c
}

// lexicons holds one formLexicon per set of source files, so reloading the
// same dictionaries (tests, the settings screen) does not read them again.
var lexicons sync.Map // string (source stamps) -> *formLexicon

func (s *Speller) formLexicon() *formLexicon {
	d := s.dicts["nl"]
	if d == nil || len(d.meta.Sources) < 2 {
		return nil
	}
	// The dictionary keeps its lexicon, so the key is worked out once, and
	// a dictionary that is dropped takes nothing with it.
	d.formsOnce.Do(func() {
		v, _ := lexicons.LoadOrStore(sourceKey(d.meta.Sources), &formLexicon{})
		d.forms = v.(*formLexicon)
	})
	lx := d.forms
	lx.once.Do(func() { lx.fst, lx.err = loadForms(d.meta.Sources[:2], d.cache) })
	if lx.err != nil || lx.fst == nil {
		return nil
	}
	return lx
}

// sourceKey names the .aff and .dic versions a lexicon is built from.
func sourceKey(st []stamp) string {
	var b strings.Builder
	for _, s := range st[:2] {
		fmt.Fprintf(&b, "%s\x00%d\x00%d\x00", s.Path, s.Size, s.ModTime)
	}
	return b.String()
}
