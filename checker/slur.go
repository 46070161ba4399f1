package checker

import "fmt"

// Point 10: slurs for a group of people. A word that is also an ordinary
// word ("teef", "pot") counts only when it is aimed at someone, and a slur
// said of oneself is taken as reclaimed.

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

// sentence returns a note followed by a space, or nothing.
func sentence(note string) string {
	if note == "" {
		return ""
	}
	return note + " "
}
