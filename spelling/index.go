package spelling

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/blevesearch/mmap-go"
	"github.com/blevesearch/vellum"
)

// indexFormat changes whenever the way forms or bits are derived changes,
// so a cached index from an older Postwijs is rebuilt.
const indexFormat = 1

// indexMeta is what a cached index records besides the automaton: the
// compound rules, and the files it was built from, so that it is rebuilt
// when a dictionary package is updated.
type indexMeta struct {
	Format    int
	Lang      string
	Sources   []stamp
	Patterns  []compiledPattern
	CheckCase bool
	CheckDup  bool
	Compounds bool // the affix file defines compound flags
	NoBreak   bool // a hyphen does not split a word into words checked apart
}

// stamp identifies one source file's version.
type stamp struct {
	Path    string
	Size    int64
	ModTime int64
}

func stamps(src source) ([]stamp, error) {
	var out []stamp
	for _, p := range append([]string{src.aff, src.dic}, src.lists...) {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		out = append(out, stamp{p, st.Size(), st.ModTime().UnixNano()})
	}
	return out, nil
}

// loadDict returns the language's dictionary from the cache when the cache
// was built from the same files, and builds (and caches) it otherwise.
func loadDict(lang string, src source, cacheDir string) (*dict, error) {
	st, err := stamps(src)
	if err != nil {
		return nil, err
	}
	path := ""
	if cacheDir != "" {
		path = filepath.Join(cacheDir, "spelling-"+lang+".idx")
		if d, err := readIndex(path, st); err == nil {
			return d, nil
		}
	}
	meta, data, err := buildIndex(lang, src)
	if err != nil {
		return nil, err
	}
	meta.Sources = st
	if path != "" {
		// A cache that cannot be written only costs time at the next start.
		_ = writeIndex(path, meta, data)
	}
	fst, err := vellum.Load(data)
	if err != nil {
		return nil, err
	}
	return &dict{fst: fst, meta: meta}, nil
}

// buildIndex expands the hunspell dictionary, adds the word lists and
// compiles all forms into one automaton.
func buildIndex(lang string, src source) (indexMeta, []byte, error) {
	meta := indexMeta{Format: indexFormat, Lang: lang}
	// The plain word lists are read on another core while the affixes
	// expand.
	listed := make(chan error, 1)
	listForms := make(map[string]uint64, 1<<19)
	go func() {
		for _, l := range src.lists {
			if err := readList(l, listForms); err != nil {
				listed <- err
				return
			}
		}
		listed <- nil
	}()
	forms := make(map[string]uint64, 1<<19)
	a, err := expandHunspell(src, forms)
	if lerr := <-listed; err == nil {
		err = lerr
	}
	if err != nil {
		return meta, nil, err
	}
	x := newExpander(a, nil)
	for _, p := range a.patterns {
		meta.Patterns = append(meta.Patterns, compiledPattern{
			End: x.oconv.Replace(p.end), Begin: x.oconv.Replace(p.begin),
			EndBits: x.patBits[p.endFlag], BeginBits: x.patBits[p.beginFlag]})
	}
	meta.CheckCase, meta.CheckDup, meta.NoBreak = a.checkCase, a.checkDup, a.noBreak
	meta.Compounds = a.compoundBegin != noFlag || a.compoundEnd != noFlag
	data, err := compile(forms, listForms)
	return meta, data, err
}

func expandHunspell(src source, forms map[string]uint64) (*affixFile, error) {
	af, err := os.Open(src.aff)
	if err != nil {
		return nil, err
	}
	defer af.Close()
	a, err := parseAffix(af)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src.aff, err)
	}
	df, err := os.Open(src.dic)
	if err != nil {
		return nil, err
	}
	defer df.Close()
	x := newExpander(a, func(w string, bits uint64) { forms[w] |= bits })
	return a, x.readDic(df)
}

// readList adds a plain word list: every line is a word on its own.
func readList(path string, forms map[string]uint64) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" {
			forms[normalize(w)] |= bitWord
		}
	}
	return sc.Err()
}

// compile builds the automaton from one or more tables of forms; a form
// in several gets the bits of all. vellum wants its keys in byte order.
func compile(tables ...map[string]uint64) ([]byte, error) {
	type entry struct {
		key  string
		bits uint64
	}
	n := 0
	for _, t := range tables {
		n += len(t)
	}
	entries := make([]entry, 0, n)
	for _, t := range tables {
		for k, v := range t {
			entries = append(entries, entry{k, v})
		}
	}
	slices.SortFunc(entries, func(a, b entry) int { return strings.Compare(a.key, b.key) })
	var buf bytes.Buffer
	b, err := vellum.New(&buf, nil)
	if err != nil {
		return nil, err
	}
	for i := 0; i < len(entries); {
		e := entries[i]
		for i++; i < len(entries) && entries[i].key == e.key; i++ {
			e.bits |= entries[i].bits
		}
		if err := b.Insert([]byte(e.key), e.bits); err != nil {
			return nil, err
		}
	}
	if err := b.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// The index file is one line of JSON (the meta) and then the automaton.
func writeIndex(path string, meta indexMeta, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	head, err := json.Marshal(meta)
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(append(head, '\n'), data...), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

var errStale = errors.New("index is stale")

func readIndex(path string, want []stamp) (*dict, error) {
	raw, release, err := mapFile(path)
	if err != nil {
		return nil, err
	}
	d, err := parseIndex(raw, want)
	if err != nil {
		// Let go of a stale file at once: Windows keeps a mapped file
		// from being replaced by the new index.
		release()
		return nil, err
	}
	return d, nil
}

func parseIndex(raw []byte, want []stamp) (*dict, error) {
	i := bytes.IndexByte(raw, '\n')
	if i < 0 {
		return nil, errStale
	}
	var meta indexMeta
	if err := json.Unmarshal(raw[:i], &meta); err != nil {
		return nil, err
	}
	if meta.Format != indexFormat || !sameStamps(meta.Sources, want) {
		return nil, errStale
	}
	fst, err := vellum.Load(raw[i+1:])
	if err != nil {
		return nil, err
	}
	return &dict{fst: fst, meta: meta}, nil
}

func sameStamps(a, b []stamp) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// mapFile maps a cache file into memory read-only instead of copying it
// onto the heap: only the pages a lookup touches become resident, and
// the kernel may drop them again. writeIndex replaces a file by renaming
// a new one over it, so a mapping never sees its file change. A file that
// cannot be mapped (an empty one) is read. release unmaps it.
func mapFile(path string) (data []byte, release func(), err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	if m, err := mmap.Map(f, mmap.RDONLY, 0); err == nil {
		return m, func() { m.Unmap() }, nil
	}
	data, err = os.ReadFile(path)
	return data, func() {}, err
}
