package drafts

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ExportJSON writes ds to the file path as WriteJSON does. The file is
// private (0600) like the database, and written under a temporary name
// first, so an earlier export is replaced only by a complete one.
func ExportJSON(path string, ds []Draft) error {
	var b strings.Builder
	if err := WriteJSON(&b, ds); err != nil {
		return err
	}
	return writeFileAtomic(path, []byte(b.String()))
}

// ExportMarkdown writes one file per draft into dir (created 0700 if
// needed), named by MarkdownName.
func ExportMarkdown(dir string, ds []Draft) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	for _, d := range ds {
		if err := writeFileAtomic(filepath.Join(dir, MarkdownName(d)), MarshalMarkdown(d)); err != nil {
			return err
		}
	}
	return nil
}

// writeFileAtomic writes data to a temporary file next to path, syncs it
// and renames it over path: a crash leaves the old file or the new one.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	err = errors.Join(err, tmp.Sync(), tmp.Close())
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// ReadExport reads drafts from path: a .json file (see ReadJSON), a .md
// file (see ParseMarkdown) or a directory of .md files, in name order.
// Errors name the file at fault.
func ReadExport(path string) ([]Draft, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return readMarkdownDir(path)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return readJSONFile(path)
	case ".md", ".markdown":
		d, err := readMarkdownFile(path)
		return []Draft{d}, err
	}
	return nil, fmt.Errorf("%s: not a .json or .md file or a directory: %w", path, ErrInvalid)
}

func readJSONFile(path string) ([]Draft, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ds, err := ReadJSON(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ds, nil
}

func readMarkdownFile(path string) (Draft, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Draft{}, err
	}
	d, err := ParseMarkdown(path, data)
	if err != nil {
		return Draft{}, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

func readMarkdownDir(dir string) ([]Draft, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if ext := strings.ToLower(filepath.Ext(e.Name())); !e.IsDir() && (ext == ".md" || ext == ".markdown") {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no .md files: %w", dir, fs.ErrNotExist)
	}
	sort.Strings(names)
	out := make([]Draft, len(names))
	for i, name := range names {
		if out[i], err = readMarkdownFile(filepath.Join(dir, name)); err != nil {
			return nil, err
		}
	}
	return out, nil
}
