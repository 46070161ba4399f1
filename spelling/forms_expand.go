package spelling

import (
	"bufio"
	"io"
	"strings"
)

// formBuilder expands dictionary entries into forms with classes. It
// follows the expander's affix logic but keeps what each suffix means
// instead of how a form may compound.
type formBuilder struct {
	a     *affixFile
	tags  map[flag][]string // tag of each affix of a flag, in order
	forms map[string]uint32
	past  map[string]string // weak stem -> its past singular ("verhuis" -> "verhuisde")
	// beginsOnly are entries that only begin compounds ("vind/Ca",
	// "accountancy/Ca"): a verb stem's compound form, or a word of unknown
	// class.
	beginsOnly []string
	oconv      *strings.Replacer
}

func newFormBuilder(a *affixFile, byName map[string][]string) *formBuilder {
	fb := &formBuilder{a: a, tags: map[flag][]string{}, forms: make(map[string]uint32, 1<<19),
		past: map[string]string{}}
	for name, ts := range byName {
		if f, ok := a.names[name]; ok && len(ts) == len(a.affixes[f]) {
			fb.tags[f] = ts
		}
	}
	var pairs []string
	for _, c := range a.oconv {
		pairs = append(pairs, c[0], c[1])
	}
	fb.oconv = strings.NewReplacer(pairs...)
	return fb
}

func (fb *formBuilder) readDic(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for first := true; sc.Scan(); first = false {
		line := sc.Text()
		if first && isCount(line) {
			continue
		}
		word, flags := splitEntry(line)
		if word != "" {
			fb.entry([]rune(word), fb.a.flags(flags))
		}
	}
	return sc.Err()
}

// entry adds a root, its suffixed forms, and the particle prefixes ("aan",
// "uit") on all of them: "vind" gives "uitvind" and "uitvindt".
func (fb *formBuilder) entry(root []rune, fl []flag) {
	if contains(fl, fb.a.forbidden) && fb.a.forbidden != noFlag {
		return
	}
	prefixes := fb.particles(fl)
	rc, described := fb.rootClasses(fl)
	switch {
	case rc == 0 && len(fl) == 0:
		rc = FormOther // a bare word: "als", "veroordeeld"
	case rc == 0 && !described:
		fb.beginsOnly = append(fb.beginsOnly, fb.oconv.Replace(string(root)))
	}
	if rc != 0 {
		fb.add(root, rc, prefixes)
	}
	for _, f := range fl {
		for i, af := range fb.a.affixes[f] {
			c := tagClass(fb.tag(f, i))
			if af.prefix || c == 0 {
				continue
			}
			if w, ok := af.apply(root); ok {
				fb.add(w, c, prefixes)
				fb.notePast(root, w, rc, fb.tag(f, i))
			}
		}
	}
}

// rootClasses reads what a root is from the tags of its suffixes. An
// entry that only says how it compounds is a noun when it may end a
// compound or takes a linking s ("afscheid/ChC1", "besluit/CcCa"): verbs
// only begin compounds. described is false for an entry that may only
// begin one ("vind/Ca"); finish decides about those.
func (fb *formBuilder) rootClasses(fl []flag) (c uint32, described bool) {
	for _, f := range fl {
		afs := fb.a.affixes[f]
		if len(afs) == 0 || !afs[0].prefix {
			described = true // a compound flag or a suffix
		}
		for i := range afs {
			c |= rootClass(fb.tag(f, i))
		}
		if fb.nominal(f) {
			c |= FormNoun
		}
	}
	if c == 0 && len(fb.particles(fl)) > 0 {
		return FormOther, true
	}
	if c == 0 && described {
		return 0, false
	}
	return c, described
}

// nominal: the flag lets a word end a compound, or adds a linking s.
func (fb *formBuilder) nominal(f flag) bool {
	if f == fb.a.compoundEnd && f != noFlag {
		return true
	}
	afs := fb.a.affixes[f]
	for i, af := range afs {
		if af.prefix || fb.tag(f, i) != "" || strings.TrimRight(af.add, "-") != "s" {
			return false
		}
	}
	return len(afs) > 0
}

func (fb *formBuilder) tag(f flag, i int) string {
	if ts := fb.tags[f]; i < len(ts) {
		return ts[i]
	}
	return ""
}

// particles are the entry's prefixes that are words of their own: the
// separable parts of verbs ("aan", "uit"), not a compound's hyphen.
func (fb *formBuilder) particles(fl []flag) []*affix {
	var out []*affix
	for _, f := range fl {
		for _, af := range fb.a.affixes[f] {
			if af.prefix && af.strip == "" && af.add != "" && !strings.ContainsAny(af.add, "-/") {
				out = append(out, af)
			}
		}
	}
	return out
}

// add records a form and its particle-prefixed forms.
func (fb *formBuilder) add(w []rune, c uint32, prefixes []*affix) {
	s := fb.oconv.Replace(string(w))
	if strings.HasSuffix(s, "-") {
		return
	}
	fb.forms[s] |= c
	for _, p := range prefixes {
		if pw, ok := p.apply(w); ok {
			fb.forms[fb.oconv.Replace(string(pw))] |= c
		}
	}
}

// finish gives the entries that only begin compounds a class: none when
// the word is a verb stem anyway ("vind"), otherwise "unclassified".
func (fb *formBuilder) finish() {
	for _, w := range fb.beginsOnly {
		if fb.forms[w]&FormStem == 0 {
			fb.forms[w] |= FormOther
		}
	}
}

// notePast remembers a verb stem's weak past singular, from which
// addWeakParticiples derives the participle.
func (fb *formBuilder) notePast(root, form []rune, rc uint32, tag string) {
	if tag == "VBh1" && rc&FormStem != 0 {
		fb.past[fb.oconv.Replace(string(root))] = fb.oconv.Replace(string(form))
	}
}
