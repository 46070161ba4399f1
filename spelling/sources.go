package spelling

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// language says where one language's dictionary data comes from and which
// Debian packages provide it.
type language struct {
	code     string
	hunspell []string // dictionary names, best first: "nl" means nl.aff + nl.dic
	lists    []string // plain word lists (one word a line) added to the forms
	packages []string // Debian packages that install the data
	required string   // the package without which the language cannot load
}

var languages = map[string]language{
	"nl": {code: "nl", hunspell: []string{"nl", "nl_NL"}, lists: []string{"dutch"},
		packages: []string{"hunspell-nl", "wdutch"}, required: "hunspell-nl"},
	"en": {code: "en", hunspell: []string{"en_GB", "en_US"}, lists: []string{"british-english", "american-english"},
		packages: []string{"hunspell-en-us", "wbritish", "wamerican"}, required: "hunspell-en-us"},
}

// source is the set of files one language is built from.
type source struct {
	aff, dic string
	lists    []string
}

// MissingError says which dictionaries could not be found and how to get
// them. The speller still works for the languages it did find.
type MissingError struct {
	Langs    []string // languages without a dictionary
	Packages []string // Debian packages that provide them
	Searched []string // directories looked in
}

func (e *MissingError) Error() string {
	return fmt.Sprintf("spellingcontrole voor %s niet beschikbaar: installeer %s (sudo apt install %s)",
		strings.Join(e.Langs, " en "), strings.Join(e.Packages, " en "), strings.Join(e.Packages, " "))
}

// dictDirs are the places hunspell dictionaries are looked for: a "dict"
// folder beside the executable (how the Windows and macOS builds ship
// them), then the usual system locations.
func dictDirs() []string {
	var dirs []string
	if exe, err := os.Executable(); err == nil {
		dirs = append(dirs, filepath.Join(filepath.Dir(exe), "dict"))
	}
	dirs = append(dirs, "/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell")
	if runtime.GOOS == "darwin" {
		dirs = append(dirs, "/opt/homebrew/share/hunspell", "/Library/Spelling")
	}
	return dirs
}

// listDirs are the places plain word lists are looked for.
func listDirs() []string {
	var dirs []string
	if exe, err := os.Executable(); err == nil {
		dirs = append(dirs, filepath.Join(filepath.Dir(exe), "dict"))
	}
	return append(dirs, "/usr/share/dict")
}

// find locates a language's files in dirs (hunspell) and lists (word lists).
func (l language) find(dirs, lists []string) (source, bool) {
	var src source
	for _, name := range l.hunspell {
		for _, d := range dirs {
			aff, dic := filepath.Join(d, name+".aff"), filepath.Join(d, name+".dic")
			if isFile(aff) && isFile(dic) {
				src.aff, src.dic = aff, dic
				break
			}
		}
		if src.aff != "" {
			break
		}
	}
	for _, name := range l.lists {
		for _, d := range lists {
			if p := filepath.Join(d, name); isFile(p) {
				src.lists = append(src.lists, p)
				break
			}
		}
	}
	return src, src.aff != ""
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}
