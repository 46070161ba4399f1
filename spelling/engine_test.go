package spelling

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// A tiny dictionary in hunspell's format, with compounding the way
// OpenTaal does it: a suffix that adds the compound flags (here the
// linking s of "bedrijfs"), a FORBIDDENWORD, KEEPCASE and a pattern.
const testAff = `SET UTF-8
FLAG long
BREAK 0
COMPOUNDBEGIN Ca
COMPOUNDMIDDLE Cb
COMPOUNDEND Cc
COMPOUNDPERMITFLAG Cp
ONLYINCOMPOUND Cx
FORBIDDENWORD Fw
KEEPCASE Kc
CHECKCOMPOUNDCASE
CHECKCOMPOUNDDUP
CHECKCOMPOUNDPATTERN o /C4
OCONV 1
OCONV ĳ ij
SFX Cd Y 1
SFX Cd 0 s/CaCbCxCp .
SFX Zn Y 2
SFX Zn f ven f
SFX Zn f ven/CaCbCp f
`

const testDic = `9
bedrijf/CdZn
gevoelig/Cc
leven/CaCc
auto/Ca
inbraak/CcC4
ĳs/CaCc
Utrecht
bedrijfsleven/Fw
pH/Kc
`

// testSpeller loads the tiny dictionary as Dutch from a temporary folder.
func testSpeller(t *testing.T, cache string) *Speller {
	t.Helper()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "nl.aff"), testAff)
	write(t, filepath.Join(dir, "nl.dic"), testDic)
	s, err := Load(Options{Langs: []string{"nl"}, DictDirs: []string{dir}, ListDirs: []string{dir}, CacheDir: cache, NoCache: cache == ""})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestCompoundsFollowTheAffixFlags(t *testing.T) {
	s := testSpeller(t, "")
	for w, want := range map[string]bool{
		"bedrijfsgevoelig": true,  // linking-s form may begin, "gevoelig" may end
		"bedrijfgevoelig":  false, // the bare root has no compound flag
		"bedrijfs":         false, // only inside a compound
		"bedrijven":        true,  // a suffix that strips: f -> ven
		"bedrijvenleven":   true,  // the plural may begin a compound too
		"ijsleven":         true,  // ĳ in the dictionary, ij as typed
		"autoinbraak":      false, // pattern: vowel clash needs a hyphen
		"ijsijs":           false, // the same part twice
		"bedrijfsleven":    false, // forbidden, although it would compound
		"bedrijfsLeven":    false, // no capital inside a compound
	} {
		if got := s.Known(w, "nl"); got != want {
			t.Errorf("Known(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestCaseRules(t *testing.T) {
	s := testSpeller(t, "")
	for w, want := range map[string]bool{
		"Bedrijven": true, "BEDRIJVEN": true, "Utrecht": true, "utrecht": false,
		"IJsleven": true, "Ijsleven": false, "pH": true, "Ph": false,
	} {
		if got := s.Known(w, "nl"); got != want {
			t.Errorf("Known(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestUserWordsAddAndRemove(t *testing.T) {
	s := testSpeller(t, "")
	if s.Known("postwijs", "nl") {
		t.Fatal("postwijs known before it was added")
	}
	s.AddWord("postwijs", "nl")
	if !s.Known("postwijs", "nl") || !s.Known("Postwijs", "nl") || s.Known("postwijs", "en") == false {
		t.Error("an added word is known as written and capitalised (and English has no dictionary here)")
	}
	if got := s.Suggest("postwys", "nl", 1); len(got) == 0 || got[0] != "postwijs" {
		t.Errorf("user words are suggested: got %v", got)
	}
	s.RemoveWord("postwijs", "nl")
	if s.Known("postwijs", "nl") {
		t.Error("a removed word is still known")
	}
}

// TestConcurrentUse: the UI checks on one goroutine while the user adds
// words on another; run with -race to see it hold.
func TestConcurrentUse(t *testing.T) {
	s := testSpeller(t, "")
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				s.AddWord("woord"+string(rune('a'+i%26)), "nl")
				s.Known("bedrijfsgevoelig", "nl")
				s.Suggest("bedrjf", "nl", 3)
				s.RemoveWord("woorda", "nl")
			}
		}()
	}
	wg.Wait()
}

func TestMissingDictionaryNamesThePackages(t *testing.T) {
	empty := t.TempDir()
	s, err := Load(Options{DictDirs: []string{empty}, ListDirs: []string{empty}, NoCache: true})
	var missing *MissingError
	if !errors.As(err, &missing) {
		t.Fatalf("error %v is not a MissingError", err)
	}
	msg := err.Error()
	for _, want := range []string{"hunspell-nl", "wdutch", "hunspell-en-us", "sudo apt install"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not name %q", msg, want)
		}
	}
	if !s.Known("wtvr", "nl") || s.Suggest("wtvr", "nl", 3) != nil {
		t.Error("without a dictionary nothing is flagged and nothing suggested")
	}
}

// TestCacheIsRebuiltWhenTheSourceChanges: the derived index must follow
// an updated dictionary package.
func TestCacheIsRebuiltWhenTheSourceChanges(t *testing.T) {
	cache := t.TempDir()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "nl.aff"), testAff)
	write(t, filepath.Join(dir, "nl.dic"), testDic)
	opts := Options{Langs: []string{"nl"}, DictDirs: []string{dir}, ListDirs: []string{dir}, CacheDir: cache}
	if s, err := Load(opts); err != nil || s.Known("fiets", "nl") {
		t.Fatalf("first load: %v", err)
	}
	if _, err := os.Stat(filepath.Join(cache, "spelling-nl.idx")); err != nil {
		t.Fatalf("no index cached: %v", err)
	}
	write(t, filepath.Join(dir, "nl.dic"), strings.Replace(testDic, "9\n", "10\nfiets\n", 1))
	later := time.Now().Add(time.Second)
	os.Chtimes(filepath.Join(dir, "nl.dic"), later, later)
	s, err := Load(opts)
	if err != nil || !s.Known("fiets", "nl") {
		t.Errorf("the cache was not rebuilt after the dictionary changed (%v)", err)
	}
}

// TestBrokenCacheIsRebuilt: a cache file cut short or overwritten (a full
// disk, another program) costs a rebuild, not the speller.
func TestBrokenCacheIsRebuilt(t *testing.T) {
	for name, broken := range map[string]string{"empty": "", "cut short": `{"format":`, "garbage": "{}\n\x00\x01\x02 not an automaton"} {
		cache := t.TempDir()
		dir := t.TempDir()
		write(t, filepath.Join(dir, "nl.aff"), testAff)
		write(t, filepath.Join(dir, "nl.dic"), testDic)
		opts := Options{Langs: []string{"nl"}, DictDirs: []string{dir}, ListDirs: []string{dir}, CacheDir: cache}
		if _, err := Load(opts); err != nil {
			t.Fatal(err)
		}
		idx := filepath.Join(cache, "spelling-nl.idx")
		write(t, idx, broken)
		s, err := Load(opts)
		if err != nil || !s.Known("bedrijfsgevoelig", "nl") {
			t.Errorf("%s cache: the speller did not recover (%v)", name, err)
		}
		if fi, err := os.Stat(idx); err != nil || fi.Size() <= int64(len(broken)) {
			t.Errorf("%s cache: the index was not written again", name)
		}
	}
}
