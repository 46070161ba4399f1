package checker

// Look-ups in the read post that every tone rule makes: where a list
// matches, which clause or sentence a word is in, and the nearest word of a
// grammar class. They work in word indexes, so a rule never deals with
// bytes or with the spaces and punctuation between words.

// hitsOf returns the matches of a tone list, in order, found once.
func (v *toneView) hitsOf(topic int) []thit {
	bit := topicSet(1) << topic
	if v.quiet || v.topics&bit == 0 {
		return nil
	}
	if v.looked&bit == 0 {
		v.looked |= bit
		for _, m := range WordList(toneTopics[topic]).Find(v.d) {
			h := thit{first: v.wordIndex(m.Start), last: v.wordIndex(m.End - 1), entry: m.Entry}
			if h.first < 0 || h.last < 0 {
				continue
			}
			h.quoted = v.words[h.first].quoted || v.words[h.last].quoted
			v.hits[topic] = append(v.hits[topic], h)
		}
	}
	return v.hits[topic]
}

// wordIndex finds the word that holds byte offset off of the read text.
func (v *toneView) wordIndex(off int) int {
	lo, hi := 0, len(v.d.Tokens)
	for lo < hi {
		mid := (lo + hi) / 2
		if v.d.Tokens[mid].End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == len(v.d.Tokens) {
		return -1
	}
	return v.wordAt[lo]
}

// hitsIn returns the unquoted matches of a list that lie in clause c.
func (v *toneView) hitsIn(topic, c int) []thit {
	var out []thit
	for _, h := range v.hitsOf(topic) {
		if !h.quoted && v.words[h.first].clause == c {
			out = append(out, h)
		}
	}
	return out
}

// inSentence reports whether an unquoted match of a list lies in sentence s.
func (v *toneView) inSentence(topic, s int) bool {
	for _, h := range v.hitsOf(topic) {
		if !h.quoted && v.sentOf(h.first) == s {
			return true
		}
	}
	return false
}

// sentOf is the sentence of word w.
func (v *toneView) sentOf(w int) int { return v.clauses[v.words[w].clause].sent }

// noHit is a match of no word: given as skip to scan, it skips nothing.
var noHit = thit{first: -1, last: -1}

// scan returns the first word of lo..hi (inclusive), or of hi..lo going
// back when back is set, that has one of the classes and lies outside
// quotes and outside skip; -1 when there is none.
func (v *toneView) scan(lo, hi int, back bool, class wclass, skip thit) int {
	lo = max(lo, 0)
	for k := 0; k <= hi-lo; k++ {
		i := lo + k
		if back {
			i = hi - k
		}
		if i >= skip.first && i <= skip.last {
			continue
		}
		if w := v.words[i]; !w.quoted && w.class&class != 0 {
			return i
		}
	}
	return -1
}

// before returns the nearest word before h in its clause with one of the
// classes, or -1; within limit words when limit > 0.
func (v *toneView) before(h thit, class wclass, limit int) int {
	lo := v.clauses[v.words[h.first].clause].first
	if limit > 0 {
		lo = max(lo, h.first-limit)
	}
	return v.scan(lo, h.first-1, true, class, h)
}

// clauseHas reports whether clause c has a word of class outside h.
func (v *toneView) clauseHas(c int, class wclass, h thit) bool {
	cl := v.clauses[c]
	return v.scan(cl.first, cl.last, false, class, h) >= 0
}

// isContentWord reports whether word i is a word no tone list or grammar
// class knows: most likely a noun, verb or adjective of its own.
func (v *toneView) isContentWord(i int) bool {
	w := v.words[i]
	if w.class != 0 || v.d.Tokens[w.tok].Kind != Word {
		return false
	}
	e := lexicon().words[w.low]
	return e == nil || !e.vocab
}

// hasWord reports whether clause c has the (lower-case) word w.
func (v *toneView) hasWord(c int, w string) bool {
	cl := v.clauses[c]
	for i := cl.first; i <= cl.last; i++ {
		if v.words[i].low == w {
			return true
		}
	}
	return false
}

// isOneOf reports whether w is one of the options: the words a rule
// names itself rather than by grammar class.
func isOneOf(w string, options ...string) bool {
	for _, o := range options {
		if w == o {
			return true
		}
	}
	return false
}
