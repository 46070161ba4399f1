package spelling

import "strings"

// unstressedPrefixes are the verb prefixes that take no "ge-" in the
// participle: "verhuisd", "bedoeld", "gebeurd", "ontmoet".
var unstressedPrefixes = []string{"be", "ge", "ver", "ont", "her", "er"}

// addWeakParticiples marks the participles of weak verbs that the
// dictionary lists as plain words without a participle tag
// ("veroordeeld"). A weak participle is the past tense without its "-e"
// ("verhuisde" -> "verhuisd", "besteedde" -> "besteed"), with "ge-" unless
// the verb has an unstressed prefix. A candidate counts only when the
// dictionary has it, so a wrong guess about the prefix ("beteren":
// "beterd") adds nothing.
func (fb *formBuilder) addWeakParticiples() {
	for stem := range fb.past {
		if p := weakParticiple(stem, fb.past[stem]); fb.forms[p] != 0 {
			fb.forms[p] |= FormParticiple
		}
	}
}

func weakParticiple(stem, past string) string {
	core := strings.TrimSuffix(past, "e")
	if strings.HasSuffix(core, "dd") || strings.HasSuffix(core, "tt") {
		core = core[:len(core)-1]
	}
	if hasUnstressedPrefix(stem) {
		return core
	}
	return "ge" + core
}

func hasUnstressedPrefix(stem string) bool {
	for _, p := range unstressedPrefixes {
		if strings.HasPrefix(stem, p) && len(stem) > len(p)+2 {
			return true
		}
	}
	return false
}

// widened returns the forms as compile wants them.
func (fb *formBuilder) widened() map[string]uint64 {
	out := make(map[string]uint64, len(fb.forms))
	for w, c := range fb.forms {
		out[w] = uint64(c)
	}
	return out
}
