package spelling

import (
	"regexp"
	"strings"
)

// Figures and units are written apart in Dutch ("8 m", "230 V", "NEN
// 1006", "top 10") and square or cubic units with a superscript ("m²").
// Writers glue them together or type a plain 2 or 3; the edit searches
// cannot offer a space next to a one-letter unit, nor a superscript, so
// these forms are made here and offered when the dictionary knows the
// parts.

var (
	numberUnit = regexp.MustCompile(`^([0-9][0-9.,]*)-?([^0-9\s-]+?)([23]?)$`) // "8m", "14m2", "5-meter"
	unitPower  = regexp.MustCompile(`^([^0-9\s-]+)([23])$`)                    // "m2", "cm3"
	wordNumber = regexp.MustCompile(`^([^0-9\s]+?)-?([0-9]+)$`)                // "Doom3", "NEN1006", "top-10"
)

// superscripts for square and cubic units.
var superscripts = map[string]string{"2": "²", "3": "³"}

// numberCandidates calls fn with the spellings of w as figure and unit
// that listed accepts; listed returns a part as the dictionary writes it
// ("nen" -> "NEN") or "".
func numberCandidates(w string, listed func(string) string, fn func(form string, extra float64)) {
	unit := func(u, power string) string {
		if power != "" {
			return listed(u + superscripts[power])
		}
		return listed(u)
	}
	if m := numberUnit.FindStringSubmatch(w); m != nil {
		if u := unit(m[2], m[3]); u != "" {
			fn(m[1]+" "+u, 0)
		}
	}
	if m := unitPower.FindStringSubmatch(w); m != nil {
		if u := unit(m[1], m[2]); u != "" {
			fn(u, 0)
		}
	}
	if m := wordNumber.FindStringSubmatch(w); m != nil && !strings.HasSuffix(m[1], "-") {
		if p := listed(m[1]); p != "" {
			fn(p+" "+m[2], 0.05) // after "m²" for "m2"
		}
	}
}
