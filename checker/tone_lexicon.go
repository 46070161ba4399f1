package checker

import (
	"strings"
	"sync"
)

// The tone lexicon: what the tone rules know of a word, gathered once from
// the tone word lists and the grammar classes, so reading a post costs one
// map look-up per word.

// The tone word lists, numbered so a set of them fits in one integer.
const (
	tGroups = iota
	tHate
	tEmotions
	tThreats
	tDenied
	tSlurs
	tSlurHomonyms
	tSlurSenses
	tCounter
	tInsults
	tInsultHomonyms
	tInsultAdjectives
	tProfanity
	tAccuse
	tPraise
	numToneTopics
)

var toneTopics = [numToneTopics]string{
	"groups", "hate", "hate-emotions", "hate-threats", "hate-denied",
	"hate-slurs", "hate-slurs-homonyms", "hate-slurs-senses", "hate-counter",
	"insults", "insults-homonyms", "insults-adjectives", "profanity",
	"accuse", "accuse-praise",
}

type topicSet uint32

// typoTolerant are the lists whose words are recognised with a typo; the
// others (counter-speech, senses, complaints) only qualify and need none.
const typoTolerant = topicSet(1<<tGroups | 1<<tHate | 1<<tEmotions | 1<<tThreats |
	1<<tSlurs | 1<<tInsults | 1<<tProfanity)

// splittable are the lists whose one-word entries are looked for inside a
// word run together with its neighbour ("eenteef", "Ikhaat").
const splittable = typoTolerant | 1<<tSlurHomonyms | 1<<tInsultHomonyms

// triggers are the lists of which one word must occur before any tone rule
// can fire; groups, counter-speech and senses only qualify other words, and
// a denied good quality ("nooit intelligent") needs a group as well.
const triggers = topicSet(1<<tHate | 1<<tEmotions | 1<<tThreats | 1<<tSlurs |
	1<<tSlurHomonyms | 1<<tInsults | 1<<tInsultHomonyms | 1<<tInsultAdjectives | 1<<tProfanity)

// lexWord is what the tone rules know of one lower-case word.
type lexWord struct {
	class  wclass
	topics topicSet // lists with an entry whose key word this is
	strong bool     // the word is an entry of a splittable list on its own
	vocab  bool     // the word occurs in a tone list
	in     topicSet // the typo-tolerant lists it occurs in
	typo   string   // the listed word this is a misspelling of
}

// toneLexicon is every word the tone rules know, with quick tests for the
// many words of a post they do not.
type toneLexicon struct {
	words map[string]*lexWord
	glue  map[string]bool
	wild  topicSet // lists with an entry of wildcards only
	// heads and tails hold the first and last four bytes of every strong
	// word (the whole word when shorter): a token that starts and ends with
	// none of them cannot hide one. all holds every word of the lexicon.
	// Most words of a post are none of these, and a bloom filter says so
	// faster than a map.
	heads, tails, all bloom
	keyed             map[string][]keyedEntry // trigger entries by their key word
}

// keyedEntry is an entry with the place of its key word in its phrase.
type keyedEntry struct {
	entry *Entry
	at    int
	topic topicSet
}

var (
	toneLexOnce sync.Once
	toneLex     *toneLexicon
)

// lexicon builds the tone lexicon once: grammar, list words, typo forms.
func lexicon() *toneLexicon {
	toneLexOnce.Do(func() {
		lx := &toneLexicon{words: map[string]*lexWord{}, glue: set(strings.Fields(glue)...),
			heads: newBloom(1 << 14), tails: newBloom(1 << 14), all: newBloom(1 << 18), keyed: map[string][]keyedEntry{}}
		for _, g := range grammar {
			for _, w := range strings.Fields(g.words) {
				lx.word(w).class |= g.class
			}
		}
		for t, name := range toneTopics {
			lx.addList(topicSet(1)<<t, WordList(name))
		}
		lx.addTypos()
		for w := range lx.words {
			lx.all.add(w)
		}
		toneLex = lx
	})
	return toneLex
}

// word returns what the lexicon knows of w, adding w when it is new.
func (lx *toneLexicon) word(w string) *lexWord {
	e := lx.words[w]
	if e == nil {
		e = &lexWord{}
		lx.words[w] = e
	}
	return e
}

// addList files the entries of list t under their key words, and marks
// every word they use, so a post can be tested against them word by word.
func (lx *toneLexicon) addList(t topicSet, l *List) {
	for _, e := range l.Entries {
		if e.exception {
			continue // an exception only removes matches
		}
		if key, at := lx.keyWord(e); key == "" {
			lx.wild |= t
		} else {
			lx.word(key).topics |= t
			lx.keyed[key] = append(lx.keyed[key], keyedEntry{e, at, t})
		}
		if w := lower(e.words[0]); len(e.words) == 1 && t&splittable != 0 && len(w) >= 3 {
			lx.word(w).strong = true
			n := min(len(w), 4)
			lx.heads.add(w[:n])
			lx.tails.add(w[len(w)-n:])
		}
		for _, w := range e.words {
			if !isWildcard(w) {
				lw := lx.word(lower(w))
				lw.vocab = true
				lw.in |= t & typoTolerant
			}
		}
	}
}

// keyWord is the word an entry cannot match without, and its place: the
// longest word that is not grammar, which is also the rarest in practice
// ("gevaar" in "een gevaar", "zat" in "het zat"). It returns "" when every
// word is a wildcard.
func (lx *toneLexicon) keyWord(e *Entry) (string, int) {
	key, at, rank := "", -1, -1
	for i, w := range e.words {
		if isWildcard(w) {
			continue
		}
		w = lower(w)
		r := len(w)
		if g := lx.words[w]; g == nil || g.class == 0 {
			r += 100 // a content word beats any grammar word
		}
		if r > rank {
			key, at, rank = w, i, r
		}
	}
	return key, at
}

// isWildcard reports a word of an entry that stands for any word ("_") or
// any ending ("haat*"): it says nothing about which words a post must have.
func isWildcard(w string) bool { return w == "_" || strings.HasSuffix(w, "*") }

// known reports whether w is a tone-list word or a grammar word.
func (lx *toneLexicon) known(w string) bool { return lx.words[w].known() }

// known reports whether e is a tone-list word or a grammar word; a word the
// lexicon lacks (nil) is neither.
func (e *lexWord) known() bool { return e != nil && (e.vocab || e.class != 0) }
