package checker

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Points 7, 10 and 16: don't pick fights, speak about other people and
// cultures with respect, and hold a pasted comment to the same standard.
// The rules read the post through toneOf (hostile.go) and stay silent on
// what is not the writer's own hostility: a quote, a denial ("ik haat
// moslims niet"), counter-speech ("zeggen dat vrouwen dom zijn is
// walgelijk"), a word said about oneself ("sorry dat ik een eikel was").
//
// Severity: point 7 and point 10 are advice, not rules an employer may
// enforce, and each check below is a reading of Dutch it cannot be sure
// of, so none is an error. Swearing is a tip (info): most of it is not a
// fight, and HateCheck's non-hateful swearing shows how often. Insults,
// accusations, threats, slurs and derogatory generalisations are warnings:
// the writer should look before posting.

var insult = &Rule{
	ID: "insult", Point: 7, Severity: Warning,
	Check: func(d *Doc, report Report) {
		v := toneOf(d)
		msg := d.T(
			"Een scheldwoord voor iemand maakt van een discussie ruzie, en het blijft online staan. Zeg wat je stoort aan wat iemand doet of zegt, niet wat iemand is.",
			"Calling someone names turns a discussion into a fight, and it stays online. Say what bothers you in what someone does or says, not what they are.")
		for _, h := range v.insultNouns() {
			v.report(report, h.first, h.last, msg)
		}
		for _, h := range v.insultAdjectives() {
			v.report(report, h.first, h.last, msg)
		}
	},
	Examples: []Example{
		{Text: "Wat een <m>idioot</m>, die scheidsrechter."},
		{Text: "Je bent echt een <m>klootzak</m>."},
		{Text: "Jij <m>lul</m>, ga weg."},
		{Text: "Hij is zo'n enorme <m>hufter</m>."},
		{Text: "Jullie zijn gewoon <m>achterlijk</m>."},
		{Text: "Wat ben je <m>dom</m>."},
		{Text: "You are such a <m>moron</m>."},
		{Text: "Sorry dat ik gisteren zo'n klootzak was."},
		{Text: "Ik was toen een echte sukkel."},
		{Text: "Je bent geen idioot, je bent moe."},
		{Text: "Dat was echt een idioot idee van mij."},
		{Text: "Een zak chips en een pot pindakaas, meer heb ik niet nodig."},
		{Text: "Hij noemde haar een “idioot”, en dat vind ik niet oké."},
		{Text: "Dit plan is dom: het kost meer dan het oplevert."},
	},
}

// insultNouns are the insults said to or about someone other than the
// writer.
func (v *toneView) insultNouns() []thit {
	var out []thit
	for _, topic := range []int{tInsults, tInsultHomonyms} {
		for _, h := range v.hitsOf(topic) {
			c := v.words[h.first].clause
			switch {
			case h.quoted || v.counterSpeech(c) || v.hasGroup(c) || v.deniedRightBefore(h),
				v.aboutWriter(h), v.attributive(h):
				continue
			case topic == tInsultHomonyms && !v.addressed(h):
				continue // "een zak chips", "eikels in het bos"
			}
			out = append(out, h)
		}
	}
	return out
}

// insultAdjectives are words like "dom" said of a person: "je bent dom",
// "wat is hij achterlijk", not "een dom idee" or "ik ben dom". Words that
// belittle a group belittle a person too: "je bent uitschot".
func (v *toneView) insultAdjectives() []thit {
	var out []thit
	for _, h := range append(v.hitsOf(tInsultAdjectives), v.hitsOf(tHate)...) {
		c := v.words[h.first].clause
		from := v.clauses[c].first
		if h.quoted || h.first == from || v.counterSpeech(c) || v.hasGroup(c) || v.attributive(h) {
			continue
		}
		who, cop := v.before(h, cFirst|cSecond|cThird, 0), v.before(h, cCopula, 0)
		switch {
		case cop < 0 || who < 0 || v.words[who].class&cFirst != 0 || v.before(h, cNeg, 0) >= 0:
			continue
		case cop > who && v.possessive(who):
			continue // "je kapotte platen zijn waardeloos" is about the records
		case slices.ContainsFunc(out, func(o thit) bool { return o.first == h.first }):
			continue // in both lists
		}
		out = append(out, h)
	}
	return out
}

var hostileAccusation = &Rule{
	ID: "hostile-accusation", Point: 7, Severity: Warning,
	Check: func(d *Doc, report Report) {
		v := toneOf(d)
		if v.quiet {
			return
		}
		for s := range v.sents {
			if who, to, ok := v.accusation(s); ok {
				from := v.clauses[v.words[who].clause].first
				v.report(report, from, to, d.T(
					"“Jullie … nooit/altijd …” klinkt als een verwijt aan iedereen tegelijk en lokt een welles-nietes uit. Beschrijf wat er deze keer gebeurde en wat je zou willen.",
					"“You people never/always …” blames everyone at once and invites a row. Describe what happened this time and what you would like instead."))
			}
		}
	},
	Examples: []Example{
		{Text: "<m>Jullie snappen er ook nooit iets van</m>."},
		{Text: "Weer vertraging. <m>Jullie zijn altijd te laat</m>!"},
		{Text: "<m>Waarom luisteren jullie nooit naar je klanten</m>?"},
		{Text: "<m>You people never listen</m>."},
		{Text: "Jullie staan altijd voor ons klaar, dank je wel!"},
		{Text: "Jullie laten ons nooit in de steek."},
		{Text: "Bij jullie is het nooit saai."},
		{Text: "Jullie zijn altijd welkom om langs te komen."},
		{Text: "Ik zie jullie nooit meer, wat jammer."},
	},
}

// accusation finds "jullie"/"jij"/"you people" as the subject of a sentence
// that says they never do right or always do wrong, and returns the word
// of the accused and the last word of the sentence.
func (v *toneView) accusation(s int) (int, int, bool) {
	st := v.sents[s]
	who := v.accused(st)
	if who < 0 || v.inSentence(tPraise, s) {
		return 0, 0, false
	}
	never, always, neg := false, false, false
	// From the accused on: "ik heb nooit gezegd dat jullie ..." accuses no one.
	cl := v.clauses[v.words[who].clause]
	for i := cl.first; i <= st.last; i++ {
		w := v.words[i]
		switch {
		case w.quoted:
		case w.class&cNever != 0, (w.low == "niets" || w.low == "niks") && i > cl.first && isOneOf(v.words[i-1].low, "ook", "helemaal", "weer"):
			never = true
		case w.class&cAlways != 0:
			always = true
		case w.class&cNeg != 0:
			neg = true
		}
	}
	complaint := v.inSentence(tAccuse, s)
	if never && !complaint || always && complaint && !neg {
		return who, st.last, true
	}
	return 0, 0, false
}

// accused returns the word that addresses a group as the subject of the
// sentence ("Jullie snappen ...", "Waarom snappen jullie ..."), or -1.
func (v *toneView) accused(st tsent) int {
	for i := st.first; i <= st.last; i++ {
		w := v.words[i]
		if w.quoted || !v.addressesGroup(i) {
			continue
		}
		c := v.clauses[w.clause]
		pos := i - c.first
		lead := v.words[c.first]
		early := pos == 0 || pos <= 2 && (st.question || lead.class&cSub != 0 || isOneOf(lead.low, "en", "and"))
		if early && (i == c.first || v.words[i-1].class&cPrep == 0) {
			return i
		}
	}
	return -1
}

// addressesGroup reports whether word i addresses the reader(s) as such:
// jullie, jij, y'all, "you people", "you guys".
func (v *toneView) addressesGroup(i int) bool {
	switch v.words[i].low {
	case "jullie", "jij", "y'all":
		return true
	case "you":
		return i+1 < len(v.words) && isOneOf(v.words[i+1].low, "people", "guys", "lot", "lads")
	}
	return false
}

var profanity = &Rule{
	ID: "profanity", Point: 7, Severity: Info,
	Check: func(d *Doc, report Report) {
		v := toneOf(d)
		msg := d.T(
			"Een krachtterm valt in een gesprek weg, maar op sociale media lezen je baas, collega's en klanten mee. Kies een neutraler woord.",
			"A swear word passes in conversation, but on social media your manager, colleagues and clients read along. Pick a milder word.")
		for _, h := range v.hitsOf(tProfanity) {
			if !h.quoted {
				v.report(report, h.first, h.last, msg, alternatives(h)...)
			}
		}
	},
	Examples: []Example{
		{Text: "<m>Godverdomme</m>, wat een dag."},
		{Text: "Wat een <m>kutzooi</m> is het hier."},
		{Text: "Wat een <m>klotedag</m>, maar morgen beter."},
		{Text: "This is <m>bullshit</m>."},
		{Text: "Mijn moeder overleed aan kanker; daarom loop ik mee met de KWF-wandeling."},
		{Text: "Wat een mooie dag op kantoor."},
	},
}

var derogatoryGeneralisation = &Rule{
	ID: "derogatory-generalisation", Point: 10, Severity: Warning,
	Check: func(d *Doc, report Report) {
		v := toneOf(d)
		if v.quiet {
			return
		}
		for c := range v.clauses {
			h, g, ok := v.derogation(c)
			if !ok {
				continue
			}
			v.report(report, min(h.first, g.first), max(h.last, g.last), d.T(
				"Dit zegt iets negatiefs over een hele groep mensen; dat kwetst wie er niets mee te maken heeft en valt terug op jou en je werkgever. Spreek over gedrag van iemand, niet over een groep.",
				"This says something negative about a whole group of people; it hurts those who have nothing to do with it and reflects on you and your employer. Speak about someone's behaviour, not about a group."))
		}
	},
	Examples: []Example{
		{Text: "<m>Moslims zijn allemaal lui</m>."},
		{Text: "Ik <m>haat vrouwen</m>."},
		{Text: "<m>Immigranten zijn ongedierte</m>."},
		{Text: "Er is <m>niets erger dan een transgender</m>."},
		{Text: "<m>Gehandicapten zijn een plaag</m> voor de samenleving."},
		{Text: "Wat is het toch met al die <m>verdomde homoseksuelen</m>?"},
		{Text: "<m>Vrouwen zijn nooit intelligent</m>."},
		{Text: "Vrouwen denken dat ze bijzonder zijn. Ik <m>haat ze</m>."},
		{Text: "Beseffen mensen echt niet dat <m>zwarte mensen walgelijk</m> zijn?"},
		{Text: "<m>Women are disgusting</m>."},
		{Text: "Ik haat moslims niet."},
		{Text: "Het is walgelijk om te zeggen dat vrouwen dom zijn."},
		{Text: "Uitspraken als “immigranten zijn uitschot” zijn zeer kwetsend."},
		{Text: "Ik heb nooit gezegd dat homo's uitschot zijn."},
		{Text: "Trots op onze Marokkaans-Nederlandse collega's!"},
		{Text: "Vrouwen in tech: een inspirerend event."},
		{Text: "Klimaatverandering is een bedreiging voor kwetsbare ouderen."},
		{Text: "Vrouwen in de bouw krijgen vaak domme opmerkingen."},
		{Text: "Ik haat files."},
	},
}

var slur = &Rule{
	ID: "slur", Point: 10, Severity: Warning,
	Check: func(d *Doc, report Report) {
		v := toneOf(d)
		for _, h := range v.slurs() {
			word := v.origText(h)
			msg := d.T(
				fmt.Sprintf("“%s” is een scheldwoord voor een groep mensen en kwetst, ook als grap. %sGebruik een neutrale term.", word, sentence(h.entry.NoteFor(d))),
				fmt.Sprintf("“%s” is a slur for a group of people and hurts, even as a joke. %sUse a neutral term.", word, sentence(h.entry.NoteFor(d))))
			v.report(report, h.first, h.last, msg, alternatives(h)...)
		}
	},
	Examples: []Example{
		{Text: "Voor mij ben je een <m>slet</m>."},
		{Text: "Nog zo'n <m>cultuurverrijker</m>."},
		{Text: "Ongelooflijk, wat een <m>teef</m>."},
		{Text: "Het zijn gewoon een stel <m>flikkers</m>."},
		{Text: "Ik ben een flikker, en trots."},
		{Text: "Veel liefde voor al mijn flikkers bij de Pride vandaag."},
		{Text: "Mijn labrador teef is van drie puppies bevallen."},
		{Text: "Ik krijg deze pot niet open."},
		{Text: "Zij snapte er geen flikker van."},
		{Text: "Ik heb in Nederland nog nooit een Mongool ontmoet."},
		{Text: "Het is echt niet oké om mensen teef te noemen."},
	},
}

// slurs are the slurs in the post that are not quoted, reported, said of
// oneself (reclaimed) or meant in their ordinary sense.
func (v *toneView) slurs() []thit {
	var out []thit
	for _, topic := range []int{tSlurs, tSlurHomonyms} {
		for _, h := range v.hitsOf(topic) {
			c := v.words[h.first].clause
			if h.quoted || v.counterSpeech(c) || v.aboutWriter(h) {
				continue
			}
			if topic == tSlurHomonyms && (len(v.hitsOf(tSlurSenses)) > 0 || v.properNoun(h) || !v.addressed(h)) {
				continue
			}
			out = append(out, h)
		}
	}
	return out
}

var threat = &Rule{
	ID: "threat", Point: 7, Severity: Warning,
	Check: func(d *Doc, report Report) {
		v := toneOf(d)
		if v.quiet {
			return
		}
		for _, h := range v.hitsOf(tThreats) {
			target, group, ok := v.threatened(h)
			if !ok {
				continue
			}
			msg := d.T(
				"Dit leest als een dreigement en kan, ook zonder kwade bedoeling, als bedreiging gemeld worden, met gevolgen voor jou en je werkgever. Schrijf wat je boos maakt, zonder geweld.",
				"This reads as a threat and can be reported as one, even if not meant that way, with consequences for you and your employer. Say what makes you angry, without violence.")
			if group {
				msg = d.T(
					"Dit wenst een groep mensen geweld toe: dat kwetst velen, kan strafbaar zijn en valt terug op jou en je werkgever. Laat dit weg.",
					"This wishes violence on a group of people: it hurts many, can be a criminal offence and reflects on you and your employer. Leave it out.")
			}
			v.report(report, min(h.first, target), max(h.last, target), msg)
		}
	},
	Examples: []Example{
		{Text: "Ik ga <m>je neerschieten</m>."},
		{Text: "Ik wil alle <m>immigranten doden</m>."},
		{Text: "<m>Dood aan alle moslims</m>."},
		{Text: "Zulke <m>transgenders moeten worden geëxecuteerd</m>."},
		{Text: "I will <m>kill you</m>."},
		{Text: "Ik zou nooit een vrouw pijn doen."},
		{Text: "Drie vrouwen werden vorig jaar in onze stad vermoord; dat moet stoppen."},
		{Text: "We moeten al deze foto's ophangen."},
		{Text: "Laten we dat onkruid gewoon uitroeien."},
		{Text: "Je lacht je dood om deze video."},
		{Text: "Ik ga je jas ophangen."},
	},
}

// threatened finds the target of a threat: a group, or a person addressed
// or named by a pronoun. It returns the target's word and whether it is a
// group.
func (v *toneView) threatened(h thit) (int, bool, bool) {
	c := v.words[h.first].clause
	if h.quoted || v.counterSpeech(c) || v.negated(h, c) || !v.intends(h, c) {
		return 0, false, false
	}
	if g, ok := v.groupFor(h, c, violence); ok {
		return g, true, true
	}
	cl := v.clauses[c]
	for i := cl.first; i <= cl.last; i++ {
		w := v.words[i]
		if w.quoted || w.class&(cSecond|cThird) == 0 || w.class&cFirst != 0 {
			continue
		}
		if i >= h.first && i <= h.last {
			return i, false, true // "maak je af"
		}
		if v.objectOf(h, i) {
			return i, false, true
		}
	}
	return 0, false, false
}

// objectOf reports whether pronoun i is what threat h is done to: right
// before it ("je neerschieten", "hem morgen neersteken") or right after it
// ("kill you"), with at most small words between; not "je jas ophangen" or
// "execute the plan with you".
func (v *toneView) objectOf(h thit, i int) bool {
	from, to := i+1, h.first-1
	if i > h.last {
		from, to = h.last+1, i-1
	}
	if to-from >= 2 {
		return false
	}
	between := cFiller | cLink | cWill | cPassive // "je morgen neerschieten", "zij zou gedood"
	if i > h.last {
		between = cFiller // "kill you", not "execute the plan with you"
	}
	for k := from; k <= to; k++ {
		if v.words[k].class&between == 0 {
			return false
		}
	}
	return true
}

// intends tells a threat from a report: "ik ga ...", "ze moeten ...",
// "dood aan ...", "ik vermoord je" against "werd vermoord".
func (v *toneView) intends(h thit, c int) bool {
	all := thit{first: -1, last: -1}
	switch {
	case v.clauseHas(c, cWill, all) || v.governing(c, cWill):
		return true // "ik ga ...", "ze verdienen om te sterven"
	case strings.HasPrefix(h.entry.Phrase, "dood aan") || strings.HasPrefix(h.entry.Phrase, "death to"):
		return true
	case strings.Contains(" "+h.entry.Phrase+" ", " te ") && v.hasWord(c, "om"):
		return true // "om ze af te slachten": a purpose, not a report
	}
	return !v.clauseHas(c, cPassive, h) && v.clauseHas(c, cFirst, all)
}

// derogation finds a derogatory word about a group in clause c: the
// hostile match and the group (or the pronoun that stands for it).
func (v *toneView) derogation(c int) (thit, thit, bool) {
	if v.counterSpeech(c) {
		return thit{}, thit{}, false
	}
	for _, topic := range []int{tHate, tInsults, tInsultHomonyms, tEmotions, tDenied} {
		for _, h := range v.hitsIn(topic, c) {
			if topic == tDenied {
				var ok bool
				if h, ok = v.deniedQuality(h); !ok {
					continue
				}
			}
			if topic == tEmotions && !v.clauseHas(c, cFirst, thit{first: -1, last: -1}) {
				continue // "je minachting voor ..." is someone else's
			}
			if v.negated(h, c) {
				continue
			}
			kind := predicate
			switch topic {
			case tEmotions:
				kind = feeling
			case tDenied:
				kind = denial
			}
			if g, ok := v.groupFor(h, c, kind); ok {
				return h, thit{first: g, last: v.groupEnd(g)}, true
			}
		}
	}
	return thit{}, thit{}, false
}

// deniedQuality widens a good quality to the negation right before it
// ("nooit intelligent"), or fails when there is none or the sentence is a
// question.
func (v *toneView) deniedQuality(h thit) (thit, bool) {
	c := v.words[h.first].clause
	if v.sents[v.clauses[c].sent].question {
		return h, false
	}
	for i := h.first - 1; i >= v.clauses[c].first && i >= h.first-3; i-- {
		w := v.words[i]
		if w.class&(cNeg|cNobody) != 0 {
			h.first = i
			return h, true
		}
		if w.class&(cLink|cFiller) == 0 {
			break
		}
	}
	return h, false
}

// What a hostile match says about a group decides where the group may stand.
type hostility int

const (
	predicate hostility = iota // "X zijn uitschot", "vieze X"
	denial                     // "X zijn nooit intelligent", "geen medelijden met X"
	feeling                    // "ik haat X", "X maken me ziek"
	violence                   // "alle X doden", "dood aan X"
)

// groupFor finds the group a hostile match h in clause c is about, and
// returns its first word. Failing a group in the clause, a feeling may be
// about a group in an earlier clause, and a plural pronoun counts when a
// group was named in this or the previous sentence ("... Ik haat ze").
func (v *toneView) groupFor(h thit, c int, kind hostility) (int, bool) {
	for _, g := range v.hitsIn(tGroups, c) {
		if v.related(h, g, c, kind) {
			return g.first, true
		}
	}
	if kind == feeling {
		if g, ok := v.groupBefore(h, c); ok {
			return g, true
		}
	}
	cl := v.clauses[c]
	s := cl.sent
	if !v.groupNamed(s) && (s == 0 || !v.groupNamed(s-1)) {
		return 0, false
	}
	for i := cl.first; i <= cl.last; i++ {
		if w := v.words[i]; !w.quoted && w.class&cPlural != 0 && (i < h.first || i > h.last) && v.related(h, thit{first: i, last: i}, c, kind) {
			return i, true
		}
	}
	return 0, false
}

// groupBefore finds, for a feeling, a group in an earlier clause of the
// sentence: "X die denken dat ..., vullen me met woede". The group's clause
// must not deny it, and the feeling must have no object of its own ("ik
// haat X niet, ik haat alleen onrecht").
func (v *toneView) groupBefore(h thit, c int) (int, bool) {
	all := thit{first: -1, last: -1}
	if v.feelingHasObject(h, c) {
		return 0, false
	}
	for _, e := range v.sents[v.clauses[c].sent].clauses {
		if e >= c || v.clauseHas(e, cNeg, all) {
			continue
		}
		if gs := v.hitsIn(tGroups, e); len(gs) > 0 && !v.ownGroup(gs[0]) {
			return gs[0].first, true
		}
	}
	return 0, false
}

// related reports whether h is about group (or pronoun) g in clause c.
// A group before a predicate needs a verb like "zijn" or "vind" ("X zijn
// ...", "ik vind X ..."), unless the predicate is a verb phrase; a feeling
// before which a group stands must not have an object of its own. A group
// after h may only be separated from it by small words ("niets erger dan
// een X"), and for a feeling or violence also by a preposition and the
// writer ("hekel aan X", "de minachting die ik voel voor X").
func (v *toneView) related(h, g thit, c int, kind hostility) bool {
	if v.words[g.first].class&cPlural == 0 && v.ownGroup(g) {
		return false // "ik ben zelf moslim", "wij vrouwen"
	}
	if kind == predicate && h.first > 0 && isOneOf(v.words[h.first-1].low, victimPreps...) {
		return false // "X zijn kwetsbaar voor een virus", "last van een virus dan X"
	}
	switch {
	case g.last < h.first && kind == violence:
		return true
	case g.last < h.first && kind == feeling:
		return !v.feelingHasObject(h, c)
	case g.last < h.first:
		if v.attributive(h) {
			return false // "X zijn de ergste slachtoffers"
		}
		return !nounPhrase(h.entry) || v.clauseHas(c, cCopula, h)
	case g.first > h.last:
		allowed := cLink
		if kind != predicate {
			allowed |= cObject | cFiller | cFirst
		}
		for i := h.last + 1; i < g.first; i++ {
			if v.words[i].class&allowed == 0 || kind != predicate && g.first-h.last > 6 {
				return false
			}
		}
		return true
	}
	return false
}

// ownGroup reports whether the writer names a group as their own: "ik ben
// zelf moslim", "wij vrouwen", "als homo ben ik ...".
func (v *toneView) ownGroup(g thit) bool {
	copula := false
	for i := g.first - 1; i >= 0 && i >= g.first-4 && v.words[i].clause == v.words[g.first].clause; i-- {
		w := v.words[i]
		switch {
		case isOneOf(w.low, "ik", "wij", "we", "i"):
			return copula || i == g.first-1 && w.low != "ik" // "wij vrouwen", not "dat ik X haat"
		case isOneOf(w.low, "ben", "bent", "is", "zijn", "was", "waren", "am", "are", "als", "as"):
			copula = true // "ik ben (zelf) moslim", "als vrouw ... ik"
		case w.class&(cLink|cFiller) == 0:
			return false
		}
	}
	return false
}

// feelingHasObject reports whether a feeling after a group has an object
// of its own, so the group is not what it is about: "X ..., ik haat alleen
// onrecht", "ik ben het zat dat ...".
func (v *toneView) feelingHasObject(h thit, c int) bool {
	for i := h.last + 1; i <= v.clauses[c].last; i++ {
		if v.isContentWord(i) {
			return true
		}
	}
	next := v.clauses[c].last + 1
	return next < len(v.words) && v.words[next].clause != v.words[h.last].clause &&
		v.clauses[v.words[next].clause].sent == v.clauses[c].sent && v.words[next].class&cSub != 0
}

// nounPhrase reports whether an entry says what someone is ("uitschot",
// "een plaag") rather than does ("horen niet thuis", "de kanker krijgen"):
// then it needs "zijn" or "vind" to be said of a group, or "vrouwen krijgen
// vaker een ziekte" would call women a disease. A phrase that starts with
// an article is a noun phrase unless it ends in a Dutch infinitive.
func nounPhrase(e *Entry) bool {
	last := e.words[len(e.words)-1]
	return len(e.words) == 1 || isOneOf(e.words[0], "een", "de", "het", "a", "an", "the") && !strings.HasSuffix(last, "en")
}

// victimPreps make the group the one something happens to: "een gevaar
// voor ouderen", "het slachtoffer van criminelen".
var victimPreps = []string{"voor", "tegen", "van", "door", "op", "for", "against", "of", "by"}

// groupEnd returns the last word of the group match that starts at word g,
// or g itself for a pronoun.
func (v *toneView) groupEnd(g int) int {
	for _, h := range v.hitsOf(tGroups) {
		if h.first == g {
			return h.last
		}
	}
	return g
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

func (v *toneView) groupNamed(s int) bool { return v.inSentence(tGroups, s) }

func (v *toneView) hasGroup(c int) bool { return len(v.hitsIn(tGroups, c)) > 0 }

// negated reports whether clause c denies h: a negation in the clause
// outside h ("ik haat X niet"), or in the clause a "dat" clause hangs from
// ("ik heb nooit gezegd dat ..."). A question's negation is rhetorical
// ("is het niet duidelijk dat ...?") and counts for nothing.
func (v *toneView) negated(h thit, c int) bool {
	if v.sents[v.clauses[c].sent].question {
		return false
	}
	return v.clauseHas(c, cNeg, h) || v.governing(c, cNeg)
}

// governing reports whether clause c starts with "dat"/"that" and the
// clause before it in the sentence has a word of class.
func (v *toneView) governing(c int, class wclass) bool {
	first := v.words[v.clauses[c].first].low
	if first != "dat" && first != "that" || c == 0 || v.clauses[c-1].sent != v.clauses[c].sent {
		return false
	}
	all := thit{first: -1, last: -1}
	if class == cNeg && v.clauseHas(c-1, cFlip, all) {
		return false // "vergeet niet dat ..." asserts what follows
	}
	return v.clauseHas(c-1, class, all)
}

// counterSpeech reports whether the sentence of clause c reports or rejects
// hate rather than voicing it: "zeggen dat ...", "... noemen", "racisme".
func (v *toneView) counterSpeech(c int) bool { return v.inSentence(tCounter, v.clauses[c].sent) }

// aboutWriter reports whether h is said of the writer, or of nobody in
// particular: the nearest person before it is "ik", "mijn", "we" or
// "niemand" ("ik was een sukkel", "al mijn flikkers", "niemand hoeft een
// eikel te zijn").
func (v *toneView) aboutWriter(h thit) bool {
	const person = cFirst | cSecond | cThird | cPlural | cNobody
	p := v.before(h, person, 0)
	if p < 0 { // "Ik was dronken, en een sukkel": look back in the sentence
		p = v.scan(v.sents[v.sentOf(h.first)].first, h.first-1, true, person, h)
	}
	if p < 0 { // "Wat een sukkel ben ik"
		p = v.scan(h.last+1, min(h.last+2, len(v.words)-1), false, person, h)
	}
	return p >= 0 && v.words[p].class&(cFirst|cNobody) != 0
}

// deniedRightBefore reports "geen idioot", "niet zo'n sukkel".
func (v *toneView) deniedRightBefore(h thit) bool {
	return v.before(h, cNeg, 2) >= 0
}

// attributive reports whether a match describes the noun after it ("een
// idioot idee", "domme opmerkingen", "de ergste slachtoffers") rather than
// a person or a group.
func (v *toneView) attributive(h thit) bool {
	next := h.last + 1
	if next >= len(v.words) || v.words[next].clause != v.words[h.last].clause {
		return false
	}
	return v.isContentWord(next)
}

// addressed reports whether an ambiguous word is aimed at a person: the
// reader is addressed in the clause ("jij lul"), a word like "wat een",
// "zo'n" or "stel" stands just before it, or it is a sentence of its own
// ("Idioot!").
func (v *toneView) addressed(h thit) bool {
	c := v.words[h.first].clause
	if v.clauseHas(c, cSecond, h) {
		return true
	}
	if v.before(h, cCue, 4) >= 0 {
		return true
	}
	i, cl := h.first, v.clauses[c]
	if i >= 2 && v.words[i-1].low == "een" && v.words[i-2].low == "wat" {
		return true // "wat een ...", but not "wat voor ..."
	}
	st := v.sents[cl.sent]
	return st.first == h.first && st.last == h.last // "Idioot!", but not "Pik, hoe kan dat?"
}

// possessive reports whether pronoun i goes with the noun after it: "je jas",
// "haar auto", "je kapotte platen".
func (v *toneView) possessive(i int) bool {
	next := i + 1
	return next < len(v.words) && v.words[next].clause == v.words[i].clause && v.isContentWord(next)
}

// properNoun reports a capital in the middle of a sentence: "Mongool" is
// someone from Mongolia.
func (v *toneView) properNoun(h thit) bool {
	w := v.words[h.first]
	r, _ := utf8.DecodeRuneInString(v.d.Tokens[w.tok].Text)
	return unicode.IsUpper(r) && h.first != v.sents[v.clauses[w.clause].sent].first
}

// alternatives offers the list's neutral term as a replacement, if any.
func alternatives(h thit) []string {
	if h.entry.Alternative == "" {
		return nil
	}
	return []string{h.entry.Alternative}
}

// sentence returns a note followed by a space, or nothing.
func sentence(note string) string {
	if note == "" {
		return ""
	}
	return note + " "
}

func isOneOf(w string, options ...string) bool {
	for _, o := range options {
		if w == o {
			return true
		}
	}
	return false
}
