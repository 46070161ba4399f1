package spelling

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestPartCandidatesCountListedCompounds: a head without a compound flag
// that starts partMinCompounds listed words head + a tail that may end a
// compound is a candidate; one compound fewer, a flagged head, a short
// tail or a tail without the end flag do not count.
func TestPartCandidatesCountListedCompounds(t *testing.T) {
	tails := []string{"halte", "baan", "lijn", "kaart", "station", "dienst", "route", "reis", "vervoer", "garage"}
	var dic []string
	for _, tail := range tails {
		dic = append(dic, tail+"/Cc", "bus"+tail, "tram"+tail)
	}
	dic = append(dic, "bus", "tram", "busrit", "rit/Cc", "bussen", "busje", // "rit" is too short, "sen", "je" no words
		"auto/Ca", "autogarage", "autoroute",
		"tramwagen", "wagen") // "wagen" may not end a compound
	dic = slices.DeleteFunc(dic, func(w string) bool { return w == "tramgarage" }) // tram: 9 compounds
	dir := t.TempDir()
	write(t, filepath.Join(dir, "nl.aff"), testAff)
	write(t, filepath.Join(dir, "nl.dic"), fmt.Sprintf("%d\n%s\n", len(dic), strings.Join(dic, "\n")))
	s, err := Load(Options{Langs: []string{"nl"}, DictDirs: []string{dir}, ListDirs: []string{dir}, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := partCandidates(s.dicts["nl"]); !slices.Equal(got, []string{"bus"}) {
		t.Errorf("candidates %q, want [bus]", got)
	}
}

// TestPartsLeaveTheFormsAlone: a dictionary without candidates (the tiny
// test one) answers without reading word classes, so it never touches the
// real dictionary's cached forms.
func TestPartsLeaveTheFormsAlone(t *testing.T) {
	s := testSpeller(t, "")
	if s.Known("bedrijfgevoelig", "nl") {
		t.Error(`"bedrijfgevoelig" known`)
	}
	if s.dicts["nl"].forms != nil {
		t.Error("the word classes were read")
	}
}
