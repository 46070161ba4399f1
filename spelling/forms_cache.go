package spelling

import (
	"path/filepath"

	"github.com/blevesearch/vellum"
)

// formsFile is the cached table of forms, beside the spelling index. Its
// name carries a version that changes whenever the way classes are
// derived changes, so an older table is never read.
const formsFile = "spelling-nl-forms-v3.idx"

// loadForms reads the table of forms from the cache folder dir when it was built from
// the same .aff and .dic, and builds (about a second) and caches it
// otherwise. It uses the index file's format: a line of JSON naming the
// sources, then the automaton.
func loadForms(sources []stamp, dir string) (*vellum.FST, error) {
	path := ""
	if dir != "" {
		path = filepath.Join(dir, formsFile)
		if d, err := readIndex(path, sources); err == nil {
			return d.fst, nil
		}
	}
	data, err := buildForms(sources[0].Path, sources[1].Path)
	if err != nil {
		return nil, err
	}
	if path != "" {
		// A cache that cannot be written only costs time at the next start.
		_ = writeIndex(path, indexMeta{Format: indexFormat, Lang: "nl-forms", Sources: sources}, data)
	}
	return vellum.Load(data)
}
