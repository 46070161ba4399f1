package spelling

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDerivedTablesFollowTheCacheOption: the word-class table lands in the
// folder the caller chose, and a speller loaded without a cache writes
// nothing to the user's cache folder, so tests and measurements leave a
// user's machine as they found it.
func TestDerivedTablesFollowTheCacheOption(t *testing.T) {
	home := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", home)
	t.Setenv("HOME", home)

	chosen := t.TempDir()
	testSpeller(t, chosen).HasDutchForms()
	if _, err := os.Stat(filepath.Join(chosen, formsFile)); err != nil {
		t.Errorf("no word-class table in the chosen cache folder: %v", err)
	}

	testSpeller(t, "").HasDutchForms()
	if written := filesUnder(home); len(written) > 0 {
		t.Errorf("a speller without a cache wrote %q", written)
	}
}

// filesUnder lists the files in dir and its folders.
func filesUnder(dir string) []string {
	var out []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, path)
		}
		return nil
	})
	return out
}
