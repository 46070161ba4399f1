package checker

import (
	"bufio"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"unicode"

	"postwijs/assets"
)

// A word list is data: assets/lists/<lang>/<topic>.tsv, one entry per line,
// "phrase<TAB>note<TAB>alternative". In a phrase, words are separated by
// spaces and each pattern word matches one token:
//
//	word     the same word, ignoring case (unless the pattern has capitals:
//	         "NDA" matches only "NDA")
//	word*    any word that starts with "word" (inflections: "kortingscode*")
//	#tag     the hashtag #tag, ignoring case
//	_        any one word or number ("code _ voor")
//	%        other characters match themselves
//
// A phrase starting with "!" is an exception: a match that overlaps an
// exception ("!vertrouwelijk behandeld") is dropped.
type Entry struct {
	Phrase      string
	Note        string // why the phrase matters, in the list's language
	Alternative string // what to write instead, if anything
	Lang        string // the list's language: "nl" or "en"

	words         []string
	caseSensitive bool
	exception     bool
	anchor        int    // index of the first word that is not "_"
	anchorKey     string // that word in lower case, without a trailing "*"
	anchorPrefix  bool   // the anchor is "word*"
}

// List is a compiled word list.
type List struct {
	Name    string
	Entries []*Entry
}

// Match is one place where an entry of a list occurs.
type Match struct {
	Start, End int
	Entry      *Entry
}

var (
	listsOnce sync.Once
	lists     map[string]*List
	listsErr  error
)

// WordList returns the compiled list for a topic, merging the Dutch and the
// English file: a Dutch post often borrows English phrases and vice versa.
// The lists are read once; a broken list is a programming error caught by the
// tests, so it panics.
func WordList(topic string) *List {
	listsOnce.Do(func() { lists, listsErr = loadLists(assets.FS) })
	if listsErr != nil {
		panic(listsErr)
	}
	l, ok := lists[topic]
	if !ok {
		panic("checker: no word list " + topic)
	}
	return l
}

func loadLists(fsys fs.FS) (map[string]*List, error) {
	paths, err := fs.Glob(fsys, "lists/*/*.tsv")
	if err != nil {
		return nil, err
	}
	out := map[string]*List{}
	for _, p := range paths {
		topic := strings.TrimSuffix(p[strings.LastIndexByte(p, '/')+1:], ".tsv")
		l := out[topic]
		if l == nil {
			l = &List{Name: topic}
			out[topic] = l
		}
		if err := l.read(fsys, p); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (l *List) read(fsys fs.FS, path string) error {
	f, err := fsys.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || line == "#" || strings.HasPrefix(line, "# ") {
			continue // blank or comment; "#ad" is an entry, "# note" a comment
		}
		e, err := parseEntry(line)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		e.Lang = strings.Split(path, "/")[1]
		l.Entries = append(l.Entries, e)
	}
	return sc.Err()
}

func parseEntry(line string) (*Entry, error) {
	cols := strings.Split(line, "\t")
	for len(cols) < 3 {
		cols = append(cols, "")
	}
	e := &Entry{Phrase: strings.TrimSpace(cols[0]), Note: strings.TrimSpace(cols[1]), Alternative: strings.TrimSpace(cols[2])}
	p := e.Phrase
	if strings.HasPrefix(p, "!") {
		e.exception, p = true, p[1:]
	}
	e.words = strings.Fields(p)
	if len(e.words) == 0 {
		return nil, fmt.Errorf("empty phrase")
	}
	e.caseSensitive = strings.IndexFunc(p, unicode.IsUpper) >= 0
	if !e.caseSensitive {
		p = lower(p)
		e.words = strings.Fields(p)
	}
	e.anchor = -1
	for i, w := range e.words {
		if w != "_" {
			e.anchor, e.anchorKey = i, lower(w)
			if len(w) > 1 && strings.HasSuffix(w, "*") {
				e.anchorKey, e.anchorPrefix = lower(w[:len(w)-1]), true
			}
			break
		}
	}
	if e.anchor < 0 {
		return nil, fmt.Errorf("phrase %q has no word to look for", e.Phrase)
	}
	return e, nil
}

// NoteFor returns the entry's note when it is written in the user's
// language, so a message never switches language halfway.
func (e *Entry) NoteFor(d *Doc) string {
	if e.Lang != d.Locale {
		return ""
	}
	return e.Note
}

// Find returns every non-overlapping match of the list in d, earliest and
// then longest first, without the ones an exception covers. The result is
// kept with the document, so rules that share a list search it once.
func (l *List) Find(d *Doc) []Match {
	if ms, ok := d.found[l.Name]; ok {
		return ms
	}
	if d.found == nil {
		d.found = map[string][]Match{}
	}
	ms := l.find(d)
	d.found[l.Name] = ms
	return ms
}

// find looks up each entry's anchor word in the document's index of words
// and tries the entry only where that word occurs.
func (l *List) find(d *Doc) []Match {
	var found, except []Match
	content := d.contentTokens()
	for _, e := range l.Entries {
		for _, at := range d.wordPositions(e.anchorKey, e.anchorPrefix) {
			i := at - e.anchor
			if i < 0 {
				continue
			}
			if end, ok := e.matchAt(d, content, i); ok {
				m := Match{Start: d.Tokens[content[i]].Start, End: end, Entry: e}
				if e.exception {
					except = append(except, m)
				} else {
					found = append(found, m)
				}
			}
		}
	}
	sort.SliceStable(found, func(a, b int) bool {
		if found[a].Start != found[b].Start {
			return found[a].Start < found[b].Start
		}
		return found[a].End > found[b].End
	})
	return dropOverlaps(found, except)
}

// matchAt tries the entry at content token i and returns the end offset.
func (e *Entry) matchAt(d *Doc, content []int, i int) (int, bool) {
	if i+len(e.words) > len(content) {
		return 0, false
	}
	// Consecutive content tokens have only white space between them, so a
	// phrase matches across spaces and line breaks but not across punctuation.
	for k, w := range e.words {
		ti := content[i+k]
		if !e.wordMatches(w, d.Tokens[ti], d.lowerToken(ti)) {
			return 0, false
		}
	}
	return d.Tokens[content[i+len(e.words)-1]].End, true
}

func (e *Entry) wordMatches(w string, t Token, lowered string) bool {
	text := t.Text
	if !e.caseSensitive {
		text = lowered
	}
	switch {
	case w == "_":
		return t.Kind == Word || t.Kind == Number || t.Kind == Abbrev
	case strings.HasPrefix(w, "#") && len(w) > 1:
		return t.Kind == Hashtag && text == w
	case len(w) > 1 && strings.HasSuffix(w, "*"):
		return t.Kind == Word && strings.HasPrefix(text, w[:len(w)-1])
	}
	return text == w
}

// dropOverlaps keeps, from matches in order of start, those that overlap
// neither an earlier kept match nor an exception.
func dropOverlaps(found, except []Match) []Match {
	var out []Match
	lastEnd := -1
	for _, m := range found {
		if m.Start < lastEnd || overlapsAny(m, except) {
			continue
		}
		out = append(out, m)
		lastEnd = m.End
	}
	return out
}

func overlapsAny(m Match, ms []Match) bool {
	for _, o := range ms {
		if m.Start < o.End && o.Start < m.End {
			return true
		}
	}
	return false
}

// wordPositions returns the content indexes of the tokens that are key (in
// lower case), or start with key when prefix is set.
func (d *Doc) wordPositions(key string, prefix bool) []int {
	if d.positions == nil {
		content := d.contentTokens()
		d.positions = make(map[string][]int, len(content))
		for k, ti := range content {
			w := d.lowerToken(ti)
			d.positions[w] = append(d.positions[w], k)
		}
	}
	if !prefix {
		return d.positions[key]
	}
	var out []int
	for w, ps := range d.positions {
		if strings.HasPrefix(w, key) {
			out = append(out, ps...)
		}
	}
	sort.Ints(out)
	return out
}

// lowerToken returns token i in lower case, computed once per document.
func (d *Doc) lowerToken(i int) string {
	if d.lowered == nil {
		d.lowered = make([]string, len(d.Tokens))
	}
	if d.lowered[i] == "" {
		d.lowered[i] = lower(d.Tokens[i].Text)
	}
	return d.lowered[i]
}

// contentTokens returns the indexes of the non-space tokens.
func (d *Doc) contentTokens() []int {
	if d.content == nil {
		d.content = make([]int, 0, len(d.Tokens)/2+1)
		for i, t := range d.Tokens {
			if t.Kind != Space {
				d.content = append(d.content, i)
			}
		}
	}
	return d.content
}
