package spelling

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/vellum"
)

// dict is one language's dictionary: every word form in a minimal
// automaton (vellum FST) with its usage bits as the value, plus the
// compound rules of the affix file. It never changes after loading, so any
// number of goroutines may read it.
type dict struct {
	fst   *vellum.FST
	meta  indexMeta
	cache string // folder of the derived tables; "" keeps them in memory only

	formsOnce sync.Once
	forms     *formLexicon // Dutch word classes, read when first asked for

	partsOnce sync.Once
	parts     *partTable // productive compound heads, found when first asked for
}

// compiledPattern is a CHECKCOMPOUNDPATTERN with its flags as bits.
type compiledPattern struct {
	End, Begin         string
	EndBits, BeginBits uint64
}

// maxParts bounds compound search: Dutch compounds of more than six parts
// do not occur in posts, and the bound keeps a nonsense string cheap.
const maxParts = 6

// get returns the bits of a form, if the dictionary has it.
func (d *dict) get(w string) (uint64, bool) {
	v, ok, err := d.fst.Get([]byte(w))
	return v, ok && err == nil
}

// accepts tells whether w, exactly as written, is a word: a listed form or
// a compound the affix rules allow. A form listed as forbidden is never a
// word, whatever compounding would say.
func (d *dict) accepts(w string) bool {
	if bits, ok := d.get(w); ok {
		if bits&bitForbidden != 0 {
			return false
		}
		if bits&bitWord != 0 {
			return true
		}
	}
	return d.compound(w)
}

// acceptsLower is accepts for a form we lowered from a capitalised word:
// forms marked KEEPCASE must be written as listed.
func (d *dict) acceptsLower(w string) bool {
	if bits, ok := d.get(w); ok && bits&bitKeepCase != 0 {
		return false
	}
	return d.accepts(w)
}

// compound tells whether w splits into two or more parts that may begin,
// continue and end a compound.
func (d *dict) compound(w string) bool {
	if !d.meta.Compounds || len(w) < 4 {
		return false
	}
	return d.rest(w, 0, 0, 0, 0)
}

// rest tries every listed form that starts at start as part number n.
func (d *dict) rest(w string, prevStart, start int, prevBits uint64, n int) bool {
	found := false
	d.prefixes(w, start, func(end int, bits uint64) bool {
		last := end == len(w)
		if bits&bitForbidden != 0 || n == 0 && last {
			return true
		}
		need := bitMiddle
		if last {
			need = bitEnd
		} else if n == 0 {
			need = bitBegin
		}
		if bits&need == 0 || n > 0 && !d.joins(w, prevStart, start, end, prevBits, bits) {
			return true
		}
		if last || n+1 < maxParts && d.rest(w, start, end, bits, n+1) {
			found = true
		}
		return !found
	})
	return found
}

// prefixes calls fn for every listed form that starts w[from:], shortest
// first, until fn returns false. One walk of the automaton finds them all.
func (d *dict) prefixes(w string, from int, fn func(end int, bits uint64) bool) {
	addr := d.fst.Start()
	var acc uint64
	for i := from; i < len(w); i++ {
		next, out := d.fst.AcceptWithVal(addr, w[i])
		if next == noneAddr {
			return
		}
		addr, acc = next, acc+out
		if ok, final := d.fst.IsMatchWithVal(addr); ok {
			if !fn(i+1, acc+final) {
				return
			}
		}
	}
}

// noneAddr is vellum's address of the dead state.
const noneAddr = 1

// joins applies the affix file's checks at the boundary between the part
// w[a:b] and the part w[b:c].
func (d *dict) joins(w string, a, b, c int, left, right uint64) bool {
	l, r := w[a:b], w[b:c]
	if d.meta.CheckDup && l == r {
		return false
	}
	if d.meta.CheckCase {
		x, _ := utf8.DecodeLastRuneInString(l)
		y, _ := utf8.DecodeRuneInString(r)
		if (unicode.IsUpper(x) || unicode.IsUpper(y)) && x != '-' && y != '-' {
			return false
		}
	}
	for _, p := range d.meta.Patterns {
		if strings.HasSuffix(l, p.End) && strings.HasPrefix(r, p.Begin) &&
			left&p.EndBits == p.EndBits && right&p.BeginBits == p.BeginBits {
			return false
		}
	}
	return true
}
