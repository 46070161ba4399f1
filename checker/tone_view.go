package checker

import "sync"

// Points 7, 10 and 16 ask how a post speaks about people. Those rules
// (respect.go lists them) share one reading of the post, made here once
// per Doc:
//
//   - obfuscation undone: "h4at", "h a a t", "Ikhaat" and a swapped or
//     dropped letter in a listed word ("wlag") read as the listed word, so
//     a spelling trick or a typo does not hide an insult (tone_disguise.go,
//     tone_normalise.go);
//   - the post cut into sentences and clauses, with what each word is
//     grammatically (a negation, "ik", "jullie", a form of "zijn", ...),
//     so a rule can tell "ik haat moslims" from "ik haat moslims niet" and
//     from "zeggen dat moslims ... is walgelijk" (tone_segment.go,
//     tone_wordclass.go);
//   - quoted text marked: a quote is reported speech, not the writer's own.
//
// Most posts contain no word of any tone list; for them the reading stops
// after one look-up per word.

// toneView is one post as the tone rules read it.
type toneView struct {
	orig   *Doc
	d      *Doc    // the read text: orig itself unless something was respelled
	pieces []piece // what was respelled, for mapping spans back to orig
	quiet  bool    // no tone word at all: every tone rule stays silent
	topics topicSet

	words   []tword
	clauses []tclause
	sents   []tsent
	wordAt  []int // word index by token index, -1 for spaces
	hits    [numToneTopics][]thit
	looked  topicSet
}

// tword is a content token of the read text.
type tword struct {
	tok    int
	low    string
	class  wclass
	clause int
	quoted bool
}

type tclause struct{ first, last, sent int }

type tsent struct {
	first, last int // word indexes
	clauses     []int
	question    bool
}

// thit is a word-list match in word indexes, first and last inclusive.
type thit struct {
	first, last int
	entry       *Entry
	quoted      bool
}

var toneCache struct {
	sync.Mutex
	doc  *Doc
	view *toneView
}

// toneOf returns the tone reading of d, made once: the tone rules run one
// after another on the same Doc, so remembering the last one is enough.
func toneOf(d *Doc) *toneView {
	toneCache.Lock()
	v := toneCache.view
	hit := toneCache.doc == d
	toneCache.Unlock()
	if hit {
		return v
	}
	v = newToneView(d)
	toneCache.Lock()
	toneCache.doc, toneCache.view = d, v
	toneCache.Unlock()
	return v
}

// newToneView reads orig: it undoes disguised spellings, looks every word
// up once, and cuts the post into clauses only when some tone rule can fire,
// since most posts give none of them anything to do.
func newToneView(orig *Doc) *toneView {
	lx := lexicon()
	v := &toneView{orig: orig, d: orig}
	if text, pieces := normalise(orig, lx); pieces != nil {
		v.d = NewDoc(text, Options{Lang: orig.Lang, Locale: orig.Locale})
		v.pieces = pieces
	}
	var classes wclass
	content := v.d.contentTokens()
	class := make([]wclass, len(content)) // kept for segment
	for k, ti := range content {
		if e := lx.words[v.d.lowerToken(ti)]; e != nil {
			v.topics |= e.topics
			classes |= e.class
			class[k] = e.class
		}
	}
	v.topics |= lx.wild
	accusing := classes&cAccused != 0 && classes&(cAlways|cNever) != 0
	if !accusing && !v.matches(lx, triggers) && !(v.matches(lx, 1<<tDenied) && v.matches(lx, 1<<tGroups)) {
		v.quiet = true
		return v
	}
	v.segment(class)
	return v
}

// matches reports whether an entry of a list in the set matches the read
// text somewhere. The key-word look-up above is a quick test that most
// posts fail; this one tries the entries at their key words, so a post with
// a common key word ("beter", "mensen") but no match is read no further.
func (v *toneView) matches(lx *toneLexicon, set topicSet) bool {
	if v.topics&set == 0 {
		return false
	}
	content := v.d.contentTokens()
	for k, ti := range content {
		for _, ke := range lx.keyed[v.d.lowerToken(ti)] {
			if ke.topic&set == 0 || k < ke.at {
				continue
			}
			if _, ok := ke.entry.matchAt(v.d, content, k-ke.at); ok {
				return true
			}
		}
	}
	return false
}
