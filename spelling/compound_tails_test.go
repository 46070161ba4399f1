package spelling

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// tailDic is a dictionary in the shape of OpenTaal's for productive last
// parts: nouns ("dag", "halte") without a compound flag, and their
// compounds listed one by one after heads that may begin a compound.
// Every head is a noun with a plural, as are the compounds.
func tailDic(days, stops int) string {
	var dic []string
	head := func(i int) string { return fmt.Sprintf("k%c%c%c", 'a'+i/100%26, 'a'+i/10%10, 'a'+i%10) }
	for i := range max(days, stops, 40) {
		dic = append(dic, head(i)+"/CaZb")
	}
	for i := range days {
		dic = append(dic, head(i)+"dag/Zb") // three bytes: needs tailMinShortCompounds
	}
	for i := range stops {
		dic = append(dic, head(i)+"halte/Zb") // five bytes: needs tailMinCompounds
	}
	for i := range 40 {
		dic = append(dic, head(i)+"baan/Zb") // "baan" may end a compound already
	}
	dic = append(dic, "dag/Zb", "halte/Zb", "baan/CcZb", "oefen/CaZb")
	return fmt.Sprintf("%d\n%s\n", len(dic), strings.Join(dic, "\n"))
}

const tailAff = testAff + "SFX Zb Y 1\nSFX Zb 0 en . ts:NN2\n"

func tailSpeller(t *testing.T, dic, cache string) *Speller {
	t.Helper()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "nl.aff"), tailAff)
	write(t, filepath.Join(dir, "nl.dic"), dic)
	s, err := Load(Options{Langs: []string{"nl"}, DictDirs: []string{dir}, ListDirs: []string{dir}, CacheDir: cache, NoCache: cache == ""})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestTailCandidatesCountListedCompounds: a noun without a compound flag
// that ends tailMinCompounds listed words (tailMinShortCompounds for three
// bytes) after a head that may begin a compound is productive; one
// compound fewer, or a tail that may end a compound already, is not.
func TestTailCandidatesCountListedCompounds(t *testing.T) {
	for _, c := range []struct {
		days, stops int
		want        bool
	}{
		{tailMinShortCompounds, tailMinCompounds, true},
		{tailMinShortCompounds - 1, tailMinCompounds - 1, false},
	} {
		s := tailSpeller(t, tailDic(c.days, c.stops), "")
		got := tailCandidates(s.dicts["nl"])
		for _, tail := range []string{"dag", "halte"} {
			if slices.Contains(got, tail) != c.want {
				t.Errorf("%d, %d compounds: candidates %q, %q among them: %v", c.days, c.stops, got, tail, c.want)
			}
		}
		if slices.Contains(got, "baan") {
			t.Errorf("candidates %q: baan may end a compound already", got)
		}
		if s.Known("oefendag", "nl") != c.want || s.Known("oefenhalte", "nl") != c.want {
			t.Errorf("%d, %d compounds: oefendag, oefenhalte known: %v, %v", c.days, c.stops, s.Known("oefendag", "nl"), s.Known("oefenhalte", "nl"))
		}
	}
}

// TestTailTableFollowsTheCacheOption: the table of last parts lands in the
// folder the caller chose, and a speller without a cache writes nothing.
func TestTailTableFollowsTheCacheOption(t *testing.T) {
	home := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", home)
	t.Setenv("HOME", home)
	dic := tailDic(tailMinShortCompounds, tailMinCompounds)

	chosen := t.TempDir()
	if !tailSpeller(t, dic, chosen).Known("oefenhalte", "nl") {
		t.Error(`"oefenhalte" not known`)
	}
	if _, err := os.Stat(filepath.Join(chosen, tailsFile)); err != nil {
		t.Errorf("no table of last parts in the chosen cache folder: %v", err)
	}

	if !tailSpeller(t, dic, "").Known("oefenhalte", "nl") {
		t.Error(`"oefenhalte" not known without a cache`)
	}
	if written := filesUnder(home); len(written) > 0 {
		t.Errorf("a speller without a cache wrote %q", written)
	}
}

// TestRealProductiveLastParts: a head OpenTaal lets begin a compound,
// before a noun it lists dozens of compounds with but gives no compound
// flag ("dag", "taal", "taak", "stand"), makes a new compound; typos of
// the same shape stay wrong.
func TestRealProductiveLastParts(t *testing.T) {
	s, err := Load(Options{CacheDir: t.TempDir()})
	if err != nil {
		t.Skip(err)
	}
	if !s.HasDutchForms() {
		t.Skip("no Dutch word classes")
	}
	for _, w := range []string{
		"lanceerdag", "evaluatiedag", "schoonmaakdag", "radiotaal", "toetstaak", "wintertaak", "spelstand",
		"bedrijfsdag", "productiviteitsdag", // a head that only begins compounds, with its linking s
		"Evaluatiedag", "EVALUATIEDAG", // the start of a sentence, capitals
	} {
		if !s.Known(w, "nl") {
			t.Errorf("%q is correct Dutch but not known", w)
		}
	}
	for _, w := range []string{
		"spotdag", "bijtjesdag", "beschermingtaak", // one edit from "sportdag", "bijltjesdag", "beschermingstaak"
		"evaluatieDag", "Ijsdag",
		"lanceerdga", // not the tail
	} {
		if s.Known(w, "nl") {
			t.Errorf("%q is wrong but known", w)
		}
	}
}
