package spelling

import "strings"

// condition is an affix condition such as "[^aeiou]y": one character class
// per character, matched at the end of the stem for a suffix and at its
// start for a prefix.
type condition []charClass

type charClass struct {
	any    bool
	negate bool
	runes  string
}

func (c charClass) match(r rune) bool {
	if c.any {
		return true
	}
	return strings.ContainsRune(c.runes, r) != c.negate
}

func parseCondition(s string) condition {
	if s == "." || s == "" {
		return nil
	}
	var out condition
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '.':
			out = append(out, charClass{any: true})
		case '[':
			j := i + 1
			c := charClass{}
			if j < len(rs) && rs[j] == '^' {
				c.negate = true
				j++
			}
			k := j
			for k < len(rs) && rs[k] != ']' {
				k++
			}
			c.runes = string(rs[j:k])
			out = append(out, c)
			i = k
		default:
			out = append(out, charClass{runes: string(rs[i])})
		}
	}
	return out
}

// matchEnd reports whether the last runes of w meet the condition.
func (c condition) matchEnd(w []rune) bool {
	if len(c) > len(w) {
		return false
	}
	off := len(w) - len(c)
	for i, cl := range c {
		if !cl.match(w[off+i]) {
			return false
		}
	}
	return true
}

// matchStart reports whether the first runes of w meet the condition.
func (c condition) matchStart(w []rune) bool {
	if len(c) > len(w) {
		return false
	}
	for i, cl := range c {
		if !cl.match(w[i]) {
			return false
		}
	}
	return true
}
