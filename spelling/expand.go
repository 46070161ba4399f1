package spelling

import (
	"bufio"
	"io"
	"strings"
)

// Every word form of a dictionary carries bits that say how it may be used.
// They are the value stored with the form in the automaton (index.go).
const (
	bitWord         uint64 = 1 << iota // a word on its own
	bitBegin                           // may start a compound
	bitMiddle                          // may stand inside a compound
	bitEnd                             // may end a compound
	bitForbidden                       // listed as wrong, whatever compounding says
	bitKeepCase                        // only in the case it is written in
	bitNoSuggest                       // valid, but never offered as a suggestion
	firstPatternBit = 8                // bits 8..63: flags that compound patterns test
)

// expander turns .dic entries into word forms with their bits, the way
// hunspell's affix rules describe them: a root, a prefix or suffix on it, a
// second suffix on the first (continuation classes), and prefix with suffix
// where both allow the cross product.
type expander struct {
	a       *affixFile
	patBits map[flag]uint64
	emit    func(form string, bits uint64)
	oconv   *strings.Replacer
}

func newExpander(a *affixFile, emit func(string, uint64)) *expander {
	x := &expander{a: a, patBits: map[flag]uint64{}, emit: emit}
	for _, p := range a.patterns {
		for _, f := range []flag{p.endFlag, p.beginFlag} {
			if _, ok := x.patBits[f]; f != noFlag && !ok && len(x.patBits) < 64-firstPatternBit {
				x.patBits[f] = 1 << (firstPatternBit + len(x.patBits))
			}
		}
	}
	var pairs []string
	for _, c := range a.oconv {
		pairs = append(pairs, c[0], c[1])
	}
	x.oconv = strings.NewReplacer(pairs...)
	return x
}

// readDic expands every entry of a .dic file.
func (x *expander) readDic(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	first := true
	for sc.Scan() {
		line := sc.Text()
		if first {
			first = false
			if isCount(line) {
				continue
			}
		}
		word, flags := splitEntry(line)
		if word != "" {
			x.entry(word, x.a.flags(flags))
		}
	}
	return sc.Err()
}

func isCount(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// splitEntry reads "woord/Fl morph…" into the word and its flags.
func splitEntry(line string) (word, flags string) {
	if i := strings.IndexAny(line, "\t "); i >= 0 {
		line = line[:i]
	}
	for i := 0; i < len(line); i++ {
		if line[i] == '/' && (i == 0 || line[i-1] != '\\') && i > 0 {
			return strings.ReplaceAll(line[:i], `\/`, "/"), line[i+1:]
		}
	}
	return strings.ReplaceAll(line, `\/`, "/"), ""
}

// entry emits a root and every form its affixes make.
func (x *expander) entry(word string, fl []flag) {
	root := []rune(word)
	x.form(root, fl, nil)
	for _, f := range fl {
		for _, af := range x.a.affixes[f] {
			w1, ok := af.apply(root)
			if !ok {
				continue
			}
			x.form(w1, fl, []*affix{af})
			if !af.prefix {
				x.onSuffixed(w1, fl, af)
			}
		}
	}
}

// onSuffixed adds a second suffix from the first one's continuation
// classes, and a prefix where both allow the cross product.
func (x *expander) onSuffixed(w1 []rune, fl []flag, sfx *affix) {
	for _, f2 := range sfx.cont {
		for _, af2 := range x.a.affixes[f2] {
			if af2.prefix && !(sfx.cross && af2.cross) {
				continue
			}
			if w2, ok := af2.apply(w1); ok {
				x.form(w2, fl, []*affix{sfx, af2})
			}
		}
	}
	if !sfx.cross {
		return
	}
	for _, f := range fl {
		for _, pfx := range x.a.affixes[f] {
			if !pfx.prefix || !pfx.cross {
				continue
			}
			if w2, ok := pfx.apply(w1); ok {
				x.form(w2, fl, []*affix{sfx, pfx})
			}
		}
	}
}

// apply puts the affix on w when its condition holds.
func (af *affix) apply(w []rune) ([]rune, bool) {
	strip := []rune(af.strip)
	if af.prefix {
		if !af.cond.matchStart(w) || !hasRunePrefix(w, strip) {
			return nil, false
		}
		return append([]rune(af.add), w[len(strip):]...), true
	}
	if !af.cond.matchEnd(w) || !hasRuneSuffix(w, strip) || len(strip) >= len(w) && len(af.add) == 0 {
		return nil, false
	}
	out := append([]rune{}, w[:len(w)-len(strip)]...)
	return append(out, []rune(af.add)...), true
}

func hasRunePrefix(w, p []rune) bool {
	if len(p) > len(w) {
		return false
	}
	for i := range p {
		if w[i] != p[i] {
			return false
		}
	}
	return true
}

func hasRuneSuffix(w, s []rune) bool {
	if len(s) > len(w) {
		return false
	}
	off := len(w) - len(s)
	for i := range s {
		if w[off+i] != s[i] {
			return false
		}
	}
	return true
}

// form works out the bits of one form and emits it.
func (x *expander) form(w []rune, root []flag, affixes []*affix) {
	a := x.a
	var cont []flag
	for _, af := range affixes {
		cont = append(cont, af.cont...)
	}
	has := func(f flag) bool { return f != noFlag && (contains(root, f) || contains(cont, f)) }
	if len(affixes) == 0 && contains(root, a.forbidden) && a.forbidden != noFlag {
		x.emit(x.oconv.Replace(string(w)), bitForbidden)
		return
	}
	var bits uint64
	onlyIn := contains(cont, a.onlyInCompound) || len(affixes) == 0 && contains(root, a.onlyInCompound)
	needs := len(affixes) == 0 && contains(root, a.needAffix)
	if a.onlyInCompound == noFlag {
		onlyIn = false
	}
	if a.needAffix == noFlag {
		needs = false
	}
	if !onlyIn && !needs {
		bits |= bitWord
	}
	sfxOK, pfxOK := x.permitted(affixes)
	if has(a.compoundBegin) && sfxOK {
		bits |= bitBegin
	}
	if has(a.compoundMiddle) && sfxOK && pfxOK {
		bits |= bitMiddle
	}
	if has(a.compoundEnd) && pfxOK {
		bits |= bitEnd
	}
	if has(a.keepCase) {
		bits |= bitKeepCase
	}
	if has(a.noSuggest) {
		bits |= bitNoSuggest
	}
	for f, b := range x.patBits {
		if has(f) {
			bits |= b
		}
	}
	x.emit(x.oconv.Replace(string(w)), bits)
}

// permitted says whether the suffixes, and the prefixes, of a form may
// stand inside a compound: hunspell requires COMPOUNDPERMITFLAG for an
// affix that ends up between two parts.
func (x *expander) permitted(affixes []*affix) (suffixes, prefixes bool) {
	suffixes, prefixes = true, true
	for _, af := range affixes {
		ok := contains(af.cont, x.a.compoundPermit)
		if af.prefix {
			prefixes = prefixes && ok
		} else {
			suffixes = suffixes && ok
		}
	}
	return
}

func contains(fs []flag, f flag) bool {
	for _, g := range fs {
		if g == f {
			return true
		}
	}
	return false
}
