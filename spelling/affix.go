package spelling

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file reads the part of a hunspell .aff file that decides which words
// exist: affix rules, the compound flags and the compound patterns. Hunspell's
// suggestion settings (REP, MAP, KEY, TRY) are not read: Suggest has its own
// error model (errmodel.go).

// flag is an affix-file flag, interned to a small number.
type flag uint16

// affix is one PFX or SFX line.
type affix struct {
	prefix bool
	flag   flag
	cross  bool // may combine with an affix of the other kind
	strip  string
	add    string
	cond   condition
	cont   []flag // continuation classes: flags the affixed form carries
}

// pattern is a CHECKCOMPOUNDPATTERN line: no compound may join a part
// ending in end (and carrying endFlag, when set) to a part starting with
// begin (and carrying beginFlag).
type pattern struct {
	end, begin         string
	endFlag, beginFlag flag
}

// affixFile is what Load needs from a .aff file.
type affixFile struct {
	flagMode string // "", "long" or "num"
	names    map[string]flag
	affixes  map[flag][]*affix
	cross    map[flag]bool
	patterns []pattern
	iconv    [][2]string // input conversions, e.g. "ij" -> "ĳ"
	oconv    [][2]string // output conversions, e.g. "ĳ" -> "ij"

	compoundBegin, compoundMiddle, compoundEnd flag
	compoundPermit, onlyInCompound             flag
	forbidden, keepCase, noSuggest, needAffix  flag
	checkCase, checkDup                        bool
	noBreak                                    bool // "BREAK 0": a hyphen does not split a word
}

// noFlag is the interned value of an unset flag: no word carries it.
const noFlag flag = 0

func parseAffix(r io.Reader) (*affixFile, error) {
	a := &affixFile{names: map[string]flag{"": noFlag}, affixes: map[flag][]*affix{}, cross: map[flag]bool{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for line := 1; sc.Scan(); line++ {
		f := strings.Fields(stripComment(sc.Text()))
		if len(f) == 0 {
			continue
		}
		if err := a.directive(f); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
	}
	return a, sc.Err()
}

// stripComment drops "# …" comments; a lone "#" inside a field is kept.
func stripComment(s string) string {
	if strings.HasPrefix(s, "#") {
		return ""
	}
	if i := strings.Index(s, "\t#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, " #"); i >= 0 {
		s = s[:i]
	}
	return s
}

func (a *affixFile) directive(f []string) error {
	arg := func() string {
		if len(f) > 1 {
			return f[1]
		}
		return ""
	}
	switch f[0] {
	case "FLAG":
		a.flagMode = arg()
	case "PFX", "SFX":
		return a.affixLine(f)
	case "CHECKCOMPOUNDPATTERN":
		a.patternLine(f)
	case "ICONV", "OCONV":
		if len(f) >= 3 {
			conv := [2]string{f[1], f[2]}
			if f[0] == "ICONV" {
				a.iconv = append(a.iconv, conv)
			} else {
				a.oconv = append(a.oconv, conv)
			}
		}
	case "COMPOUNDBEGIN":
		a.compoundBegin = a.flagOf(arg())
	case "COMPOUNDMIDDLE":
		a.compoundMiddle = a.flagOf(arg())
	case "COMPOUNDEND":
		a.compoundEnd = a.flagOf(arg())
	case "COMPOUNDPERMITFLAG":
		a.compoundPermit = a.flagOf(arg())
	case "ONLYINCOMPOUND":
		a.onlyInCompound = a.flagOf(arg())
	case "FORBIDDENWORD":
		a.forbidden = a.flagOf(arg())
	case "KEEPCASE":
		a.keepCase = a.flagOf(arg())
	case "NOSUGGEST":
		a.noSuggest = a.flagOf(arg())
	case "NEEDAFFIX":
		a.needAffix = a.flagOf(arg())
	case "BREAK":
		a.noBreak = arg() == "0"
	case "CHECKCOMPOUNDCASE":
		a.checkCase = true
	case "CHECKCOMPOUNDDUP":
		a.checkDup = true
	}
	return nil
}

// affixLine reads "SFX Ze Y 26" (a header) or "SFX Ze 0 ben/CaCbCp b".
func (a *affixFile) affixLine(f []string) error {
	if len(f) < 4 {
		return fmt.Errorf("short %s line", f[0])
	}
	fl := a.flagOf(f[1])
	if _, err := strconv.Atoi(f[3]); err == nil && (f[2] == "Y" || f[2] == "N") {
		a.cross[fl] = f[2] == "Y"
		return nil
	}
	add, cont, _ := strings.Cut(f[3], "/")
	cond := "."
	if len(f) > 4 {
		cond = f[4]
	}
	af := &affix{prefix: f[0] == "PFX", flag: fl, cross: a.cross[fl],
		strip: zero(f[2]), add: zero(add), cond: parseCondition(cond), cont: a.flags(cont)}
	a.affixes[fl] = append(a.affixes[fl], af)
	return nil
}

func (a *affixFile) patternLine(f []string) {
	if len(f) < 3 {
		return
	}
	p := pattern{}
	p.end, p.endFlag = a.patternPart(f[1])
	p.begin, p.beginFlag = a.patternPart(f[2])
	a.patterns = append(a.patterns, p)
}

// patternPart splits "tekst/Fl" into the text and the flag.
func (a *affixFile) patternPart(s string) (string, flag) {
	text, fl, _ := strings.Cut(s, "/")
	return zero(text), a.flagOf(fl)
}

// zero is hunspell's way of writing the empty string.
func zero(s string) string {
	if s == "0" {
		return ""
	}
	return s
}

// flagOf interns one flag name.
func (a *affixFile) flagOf(name string) flag {
	if name == "" {
		return noFlag
	}
	if f, ok := a.names[name]; ok {
		return f
	}
	f := flag(len(a.names))
	a.names[name] = f
	return f
}

// flags splits a flag string the way FLAG says: two characters each
// ("long"), comma-separated numbers ("num") or one character each.
func (a *affixFile) flags(s string) []flag {
	var out []flag
	switch a.flagMode {
	case "long":
		rs := []rune(s)
		for i := 0; i+1 < len(rs); i += 2 {
			out = append(out, a.flagOf(string(rs[i:i+2])))
		}
	case "num":
		for _, n := range strings.Split(s, ",") {
			out = append(out, a.flagOf(n))
		}
	default:
		for len(s) > 0 {
			_, n := utf8.DecodeRuneInString(s)
			out = append(out, a.flagOf(s[:n]))
			s = s[n:]
		}
	}
	return out
}
