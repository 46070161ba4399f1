package checker

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Points 7, 10 and 16 ask how a post speaks about people. Those rules
// (respect.go) share one reading of the post, made here once per Doc:
//
//   - obfuscation undone: "h4at", "h a a t", "Ikhaat" and a swapped or
//     dropped letter in a listed word ("wlag") read as the listed word, so
//     a spelling trick or a typo does not hide an insult;
//   - the post cut into sentences and clauses, with what each word is
//     grammatically (a negation, "ik", "jullie", a form of "zijn", ...),
//     so a rule can tell "ik haat moslims" from "ik haat moslims niet" and
//     from "zeggen dat moslims ... is walgelijk";
//   - quoted text marked: a quote is reported speech, not the writer's own.
//
// Most posts contain no word of any tone list; for them the reading stops
// after one look-up per word.

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

// A wclass says what a word does in a sentence, as far as the tone rules
// need to know. Closed word classes are grammar, not vocabulary, so they
// live here rather than in the word lists.
type wclass uint32

const (
	cNeg      wclass = 1 << iota // niet, geen, nooit: turns a claim around
	cNobody                      // niemand: denies a good quality ("voor niemand belangrijk")
	cFirst                       // ik, me, mijn, we: the writer
	cSecond                      // je, jij, jullie: the reader
	cThird                       // hij, zij, hem: one other person
	cPlural                      // ze, hen, jullie: may point back to a group
	cCopula                      // zijn, is, vind: "X zijn ...", "ik vind X ..."
	cWill                        // wil, ga, zal, moet: intent or a call to act
	cPassive                     // word, werd: "werd vermoord" reports
	cSub                         // dat, omdat, maar: starts a clause
	cQuestion                    // waarom, hoe: starts a question
	cLink                        // de, een, alle, dan: may stand between a word and its group
	cHead                        // mensen, wezens: nouns that keep a word about the group
	cObject                      // voor, aan, van: the object of a feeling ("hekel aan")
	cPrep                        // any preposition: "bij jullie" is no subject
	cAlways                      // altijd, weer
	cNever                       // nooit, never
	cCue                         // wat (een), zo'n, stel: someone is being called something
	cFiller                      // gewoon, morgen, kan: words that change nothing here
	cFlip                        // vergeet: "vergeet niet dat ..." asserts
	cAccused                     // jullie, jij: whom "nooit" and "altijd" may accuse
)

var grammar = []struct {
	class wclass
	words string
}{
	{cNeg, "niet geen nooit tegenovergestelde allesbehalve never not no opposite don't doesn't didn't won't can't cannot isn't aren't wasn't weren't wouldn't shouldn't"},
	{cNobody, "niemand nobody"},
	{cFirst, "ik me mij mezelf mijzelf mijn m'n we wij ons onze onszelf i my myself mine us our ourselves"},
	{cSecond, "je jij jou jouw jullie u uw you your yourself yourselves y'all"},
	{cThird, "hij hem zij ze haar he him she"},
	{cPlural, "ze zij hen hun jullie they them their"},
	{cCopula, "ben bent is zijn was waren blijft blijven lijkt lijken vind vindt vinden am are were be find"},
	{cWill, "wil wilt willen wilde wilden wou wouden ga gaat gaan zal zult zullen zou zouden moet moeten moest moesten laten laat verdien verdient verdienen hoop hoopt hopen wens wenst overweeg overweegt will gonna going want wanna wants should must shall deserve deserves let's hope wish"},
	{cPassive, "word wordt worden werd werden geworden is zijn was waren been get got gets are were"},
	{cSub, "dat omdat hoe waarom terwijl want maar wanneer zodat hoewel nadat voordat tenzij zodra doordat that because how why while but if when although though unless whereas"},
	{cQuestion, "waarom hoe wat wie wanneer waar welke why how what who when where which"},
	{cLink, "de het een die deze dat dit al alle allemaal zulke zo'n zo zoveel jullie dan als soort enkele sommige meeste hier daar the a an these those all such so than as some most"},
	{cHead, "mensen personen persoon wezens soort types volk figuren people persons creatures kind sort"},
	{cObject, "voor aan van op jegens met rond om for of about at with around"},
	{cPrep, "voor aan van op jegens bij met naar over tegen zonder door uit om in onder tussen achter for with to at from about against without by in on of"},
	{cAlways, "altijd steeds telkens alweer weer constant always constantly again"},
	{cNever, "nooit nergens never"},
	{cAccused, "jullie jij you y'all"},
	{cFlip, "vergeet vergeten twijfel ontken forget doubt deny"},
	{cCue, "zo'n stel stelletje typisch zoals vuile vieze smerige irritante enorme totale echte what such typical like dirty filthy"},
	{cFiller, "en of and or zelf gewoon echt morgen vandaag nu straks ooit allemaal nog ook wel even eens zeker maar toch dan meteen direct serieus graag gewoonweg enorm erg heel zo ontzettend totaal voel voelt heb hebt heeft koester kan kunnen kon konden mag mogen just really tomorrow today now all can could may"},
}

// glue are common short words a run-together token may contain next to a
// listed word: "Ikhaat", "danafval", "gewoonzielig".
const glue = "ik je we de het een dan te zo die deze alle al aan van voor zijn is moeten gewoon echt enorm enorme absoluut absolute zoveel veel heel erg totaal totale zulke mensen i you we the a all are is so just"

// lexWord is what the tone rules know of one lower-case word.
type lexWord struct {
	class  wclass
	topics topicSet // lists with an entry whose key word this is
	strong bool     // the word is an entry of a splittable list on its own
	vocab  bool     // the word occurs in a tone list
	in     topicSet // the typo-tolerant lists it occurs in
	typo   string   // the listed word this is a misspelling of
}

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

func (lx *toneLexicon) word(w string) *lexWord {
	e := lx.words[w]
	if e == nil {
		e = &lexWord{}
		lx.words[w] = e
	}
	return e
}

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
			if w != "_" && !strings.HasSuffix(w, "*") && !e.exception {
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
		if w == "_" || strings.HasSuffix(w, "*") {
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

// addTypos files the common slips of a listed word under the word itself:
// two neighbouring letters swapped in words of four letters or more, one
// letter dropped in words of five or more, never the first letter. Shorter
// words get none: "dom" would otherwise catch "om". A slip that is itself a
// Dutch or English word is left alone (hate-typo-exceptions.tsv, checked
// against the system word lists by TestTyposAreNoWords); so is one that two
// words of different lists share ("moslim" and "muslim" may share theirs).
func (lx *toneLexicon) addTypos() {
	skip := map[string]bool{}
	for _, e := range WordList("hate-typo-exceptions").Entries {
		skip[lower(e.Phrase)] = true
	}
	typos := map[string]*lexWord{}
	for w, e := range lx.words {
		if e.in == 0 || e.class != 0 || utf8.RuneCountInString(w) < 4 || !isLetters(w) {
			continue
		}
		for _, v := range slips(w) {
			known, seen := typos[v]
			switch {
			case !seen:
				typos[v] = &lexWord{typo: w, in: e.in}
			case known.in != e.in:
				known.typo = "" // ambiguous
			case known.typo != "" && w < known.typo:
				known.typo = w // same lists: either will do; pick one stably
			}
		}
	}
	for v, t := range typos {
		if t.typo != "" && lx.words[v] == nil && !skip[v] {
			lx.word(v).typo = t.typo
		}
	}
}

// slips lists w with two neighbouring letters swapped or (five letters or
// more) one letter dropped, never touching the first.
func slips(w string) []string {
	r := []rune(w)
	var out []string
	for i := 1; i < len(r); i++ {
		if len(r) >= 5 {
			out = append(out, string(r[:i])+string(r[i+1:]))
		}
		if i+1 < len(r) && r[i] != r[i+1] {
			s := append([]rune{}, r...)
			s[i], s[i+1] = s[i+1], s[i]
			out = append(out, string(s))
		}
	}
	return out
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// known reports whether w is a tone-list word or a grammar word.
func (lx *toneLexicon) known(w string) bool {
	e := lx.words[w]
	return e != nil && (e.vocab || e.class != 0)
}

// respell returns the word a token stands for when it is disguised or
// misspelled, or "" when it stands for itself.
func (lx *toneLexicon) respell(w string) string {
	var e *lexWord
	if lx.all.has(w) {
		e = lx.words[w]
	}
	if e != nil && (e.vocab || e.class != 0) {
		return ""
	}
	if cand := unleet(w); cand != w {
		if lx.known(cand) {
			return cand
		}
		w, e = cand, lx.words[cand]
	}
	if e != nil && e.typo != "" {
		return e.typo
	}
	if a, b, ok := lx.split(w); ok {
		return a + " " + b
	}
	return ""
}

// split finds a listed word run together with a neighbour: "vrouwenophangen",
// "ikhaat". Both halves must be known words, one of them a hostile word or
// group of its own, and the second half three letters or more: Dutch
// compounds and endings ("terecht", "waarop", "flikkeren") stay whole. After
// a hostile word only a listed word or a small word may follow, so "dood"
// keeps its many compounds ("doodgewoon", "doodgaan").
func (lx *toneLexicon) split(w string) (string, string, bool) {
	if len(w) < 5 || !lx.mayHide(w) || !isLetters(w) {
		return "", "", false
	}
	for i := 2; i <= len(w)-3; i++ {
		if !utf8.RuneStart(w[i]) {
			continue
		}
		a, b := w[:i], w[i:]
		if !lx.all.has(b) && !lx.glue[b] {
			continue // most tails are no word at all: look at them first
		}
		eb, ea := lx.words[b], lx.words[a]
		switch {
		case eb != nil && eb.strong && lx.joinable(a, ea):
			return a, b, true // "ikhaat", "eenteef", "vrouwenophangen"
		case ea != nil && ea.strong && eb != nil && (eb.vocab && eb.class == 0 || eb.class&(cLink|cObject|cHead) != 0):
			return a, b, true // "doodaan", "verdoemalle", but not "doodgewoon"
		}
	}
	return "", "", false
}

// mayHide is the quick test of split: does w start or end like a strong word?
func (lx *toneLexicon) mayHide(w string) bool {
	return lx.heads.has(w[:3]) || lx.heads.has(w[:4]) || lx.tails.has(w[len(w)-3:]) || lx.tails.has(w[len(w)-4:])
}

func (lx *toneLexicon) joinable(w string, e *lexWord) bool {
	return e != nil && (e.vocab && len(w) >= 3 || e.class != 0) || lx.glue[w]
}

// bloom is a one-hash bloom filter of strings: has may say yes wrongly
// (about 1 in 20 at the sizes used), never no wrongly.
type bloom []uint64

func newBloom(bits int) bloom { return make(bloom, bits/64) }

func (b bloom) slot(s string) (int, uint64) {
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	n := h % uint32(len(b)*64)
	return int(n / 64), 1 << (n % 64)
}

func (b bloom) add(s string) {
	i, bit := b.slot(s)
	b[i] |= bit
}

func (b bloom) has(s string) bool {
	i, bit := b.slot(s)
	return b[i]&bit != 0
}

// unleet reads digits inside a word as the letters they imitate: "h44t".
func unleet(w string) string {
	if !strings.ContainsAny(w, "013457") || strings.IndexFunc(w, unicode.IsLetter) < 0 {
		return w
	}
	return leet.Replace(w)
}

var leet = strings.NewReplacer("0", "o", "1", "i", "3", "e", "4", "a", "5", "s", "7", "t")

// piece is a stretch of the read text that replaced a stretch of the post.
type piece struct{ out, outEnd, in, inEnd int }

// normalise returns the post as the tone rules read it and the pieces that
// changed; no pieces means the text is the post itself.
func normalise(d *Doc, lx *toneLexicon) (string, []piece) {
	var b strings.Builder
	var pieces []piece
	emit := func(from, to int, text string) {
		pieces = append(pieces, piece{b.Len(), b.Len() + len(text), from, to})
		b.WriteString(text)
	}
	last := 0 // end of what was copied from the post
	for i := 0; i < len(d.Tokens); i++ {
		t := d.Tokens[i]
		if t.Kind != Word {
			continue
		}
		if n := spacedRun(d.Tokens[i:]); n > 0 {
			b.WriteString(d.Text[last:t.Start])
			word := joinLetters(d.Tokens[i : i+n])
			if r := lx.respell(lower(word)); r != "" {
				word = keepCapital(word, r) // "h a a t v r o u w e n"
			}
			emit(t.Start, d.Tokens[i+n-1].End, word)
			last, i = d.Tokens[i+n-1].End, i+n-1
			continue
		}
		if r := lx.respell(d.lowerToken(i)); r != "" {
			b.WriteString(d.Text[last:t.Start])
			emit(t.Start, t.End, keepCapital(t.Text, r))
			last = t.End
		}
	}
	if pieces == nil {
		return d.Text, nil
	}
	b.WriteString(d.Text[last:])
	return b.String(), pieces
}

// spacedRun counts the tokens of a word spelled out letter by letter from
// the start of toks ("h a a t"): at least three one-letter words with single
// spaces between them. It returns 0 when there is none.
func spacedRun(toks []Token) int {
	letters, j := 0, 0
	for j < len(toks) && isLetterToken(toks[j]) {
		letters++
		if j+2 < len(toks) && toks[j+1].Text == " " && isLetterToken(toks[j+2]) {
			j += 2
			continue
		}
		break
	}
	if letters < 3 {
		return 0
	}
	return j + 1
}

func isLetterToken(t Token) bool {
	r, size := utf8.DecodeRuneInString(t.Text)
	return t.Kind == Word && size == len(t.Text) && unicode.IsLetter(r)
}

func joinLetters(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		if t.Kind == Word {
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

// keepCapital gives a respelled word the capital its original started with.
func keepCapital(orig, r string) string {
	first, _ := utf8.DecodeRuneInString(orig)
	if !unicode.IsUpper(first) {
		return r
	}
	c, size := utf8.DecodeRuneInString(r)
	return string(unicode.ToUpper(c)) + r[size:]
}

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

// segment cuts the read text into words, clauses and sentences and marks
// quoted words.
func (v *toneView) segment(class []wclass) {
	d := v.d
	v.words = make([]tword, 0, len(class))
	v.wordAt = make([]int, len(d.Tokens))
	for i := range v.wordAt {
		v.wordAt[i] = -1
	}
	sents := d.Sentences()
	s, newClause := -1, true
	quote := quoteState{open: -1}
	for k, ti := range d.contentTokens() {
		t := d.Tokens[ti]
		for s+1 < len(sents) && t.Start >= sents[s+1].Start {
			s++
			v.sents = append(v.sents, tsent{first: len(v.words)})
			newClause = true
		}
		if s < 0 { // text before the first sentence: white space only
			continue
		}
		if t.Kind == Punct {
			if quote.feed(t.Text, len(v.words)) || strings.ContainsAny(t.Text, ",;:()–—-[]") {
				newClause = true
			}
			continue
		}
		low := d.lowerToken(ti)
		if class[k]&cSub != 0 || low == "als" && k+1 < len(class) && class[k+1]&(cFirst|cSecond|cThird|cPlural) != 0 {
			newClause = true // "..., als ik ze ...", but not "als een stel ..."
		}
		if newClause {
			v.clauses = append(v.clauses, tclause{first: len(v.words), sent: s})
			v.sents[s].clauses = append(v.sents[s].clauses, len(v.clauses)-1)
			newClause = false
		}
		v.wordAt[ti] = len(v.words)
		v.words = append(v.words, tword{tok: ti, low: low, class: class[k], clause: len(v.clauses) - 1, quoted: quote.open >= 0})
		v.clauses[len(v.clauses)-1].last = len(v.words) - 1
		v.sents[s].last = len(v.words) - 1
	}
	for i := max(quote.open, 0); quote.open >= 0 && i < len(v.words); i++ {
		v.words[i].quoted = false // never closed: not a quote after all
	}
	v.dropEmpty(sents)
}

// dropEmpty removes sentences without words and marks questions.
func (v *toneView) dropEmpty(spans []Span) {
	out := v.sents[:0]
	for _, s := range v.sents {
		if len(s.clauses) == 0 {
			continue
		}
		s.question = v.words[s.first].class&cQuestion != 0 || v.endsWithQuestionMark(s)
		for _, c := range s.clauses {
			v.clauses[c].sent = len(out)
		}
		out = append(out, s)
	}
	v.sents = out
}

func (v *toneView) endsWithQuestionMark(s tsent) bool {
	end := v.d.Tokens[v.words[s.last].tok].End
	rest := strings.TrimSpace(v.d.Text[end:])
	for _, r := range rest {
		switch r {
		case '?':
			return true
		case '.', '!', '\n':
			return false
		}
	}
	return false
}

// quoteState follows quotation marks. A quote that is never closed is
// taken for a typo and marks nothing (see segment).
type quoteState struct {
	open  int  // word index where the open quote started, -1 when none
	close rune // the mark that closes it
}

var closingQuote = map[rune]rune{'"': '"', '“': '”', '„': '”', '«': '»', '‘': '’', '”': '”'}

// feed reads a punctuation token and reports whether it opened or closed a
// quote.
func (q *quoteState) feed(mark string, at int) bool {
	r, _ := utf8.DecodeRuneInString(mark)
	if q.open >= 0 {
		if r == q.close {
			q.open = -1
			return true
		}
		return false
	}
	c, ok := closingQuote[r]
	if !ok {
		return false
	}
	q.open, q.close = at, c
	return true
}

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

func (v *toneView) sentOf(w int) int { return v.clauses[v.words[w].clause].sent }

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

// before returns the nearest word before h in clause c with one of the
// classes, or -1; within limits words when limit > 0.
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

// report maps a span of words back to the post and reports it.
func (v *toneView) report(report Report, first, last int, msg string, sugg ...string) {
	start := v.origOffset(v.d.Tokens[v.words[first].tok].Start, false)
	end := v.origOffset(v.d.Tokens[v.words[last].tok].End, true)
	report(start, end, msg, sugg...)
}

// origText is the post's text under a match.
func (v *toneView) origText(h thit) string {
	start := v.origOffset(v.d.Tokens[v.words[h.first].tok].Start, false)
	end := v.origOffset(v.d.Tokens[v.words[h.last].tok].End, true)
	return v.orig.Text[start:end]
}

// origOffset maps an offset of the read text to the post. An offset inside
// a respelled piece maps to the piece's start, or its end for span ends.
func (v *toneView) origOffset(off int, isEnd bool) int {
	shift := 0
	for _, p := range v.pieces {
		if off < p.out || isEnd && off == p.out {
			return off + shift
		}
		if off < p.outEnd || isEnd && off == p.outEnd {
			if isEnd {
				return p.inEnd
			}
			return p.in
		}
		shift = p.inEnd - p.outEnd
	}
	return off + shift
}
