package checker

import "slices"

// Point 7: calling someone names. Only names for someone other than the
// writer count, and only names for a person: a name for a group is a
// derogatory generalisation (generalisation.go).

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
