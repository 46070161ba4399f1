package checker

import "strings"

// Point 7: threats and calls for violence, against a person or a group.
// A report of violence ("werd vermoord") or a denial ("ik zou nooit ...")
// is no threat; neither is a violent word about a thing ("foto's
// ophangen"), so a threat needs a person or group as its target.

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
	switch {
	case v.clauseHas(c, cWill, noHit) || v.governing(c, cWill):
		return true // "ik ga ...", "ze verdienen om te sterven"
	case strings.HasPrefix(h.entry.Phrase, "dood aan") || strings.HasPrefix(h.entry.Phrase, "death to"):
		return true
	case strings.Contains(" "+h.entry.Phrase+" ", " te ") && v.hasWord(c, "om"):
		return true // "om ze af te slachten": a purpose, not a report
	}
	return !v.clauseHas(c, cPassive, h) && v.clauseHas(c, cFirst, noHit)
}
