package checker

import "strings"

// Points 4 and 5: other people's work, brands and words. Text cannot see
// permission, so these rules ask for it.

var thirdPartyMaterial = &Rule{
	ID: "third-party-material", Point: 4, Severity: Warning,
	Check: existence("third-party",
		"“%s”: beeld, logo's en teksten van anderen zijn beschermd. Gebruik ze alleen met toestemming, of gebruik eigen of vrij te gebruiken beeld.",
		"“%s”: images, logos and texts of others are protected. Use them only with permission, or use your own or freely licensed material."),
	Examples: []Example{
		{Text: "Mooie <m>foto van internet</m> bij dit bericht."},
		{Text: "I used a picture <m>found on Google</m>."},
		{Text: "Eigen foto, gemaakt tijdens de teamdag."},
	},
}

var trademarkSign = &Rule{
	ID: "trademark-sign", Point: 4, Severity: Info,
	Check: func(d *Doc, report Report) {
		for i := 0; i < len(d.Text); {
			for _, mark := range []string{"©", "™", "®"} {
				if strings.HasPrefix(d.Text[i:], mark) {
					report(i, i+len(mark), d.T(
						"Een ©, ™ of ® wijst op werk of een merk van een ander. Heb je toestemming om het te gebruiken?",
						"A ©, ™ or ® points to someone else's work or brand. Do you have permission to use it?"))
					return // once per post is enough
				}
			}
			i++
		}
	},
	Examples: []Example{
		{Text: "Wij werken met Acme<m>®</m> software."},
		{Text: "Wij werken met software van Acme."},
	},
}

var quotingColleague = &Rule{
	ID: "quoting-colleague", Point: 5, Severity: Info,
	Check: existence("quoting",
		"“%s”: citeer collega's en gebruik hun materiaal alleen als zij dat goed vinden. Vraag het even voordat je plaatst.",
		"“%s”: quote colleagues and use their material only if they agree. Ask before you post."),
	Examples: []Example{
		{Text: "<m>Mijn collega zei</m> vandaag iets heel wijs."},
		{Text: "As <m>my boss said</m> this morning: ship it."},
		{Text: "Vandaag iets heel wijs geleerd."},
	},
}
