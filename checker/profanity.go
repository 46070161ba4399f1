package checker

// Point 7: swearing. Only a tip, since most swearing picks no fight; it
// offers the list's milder word where it has one.

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
