package checker

// Point 8: admit mistakes and apologise where needed. Defensive phrasing
// in a reply turns a complaint into a quarrel.

var defensiveReply = &Rule{
	ID: "defensive-reply", Point: 8, Severity: Info,
	Check: existence("defensive",
		"“%s” klinkt verdedigend. Erken wat er misging en bied excuses aan waar dat past; dat maakt een klacht kleiner, niet groter.",
		"“%s” sounds defensive. Acknowledge what went wrong and apologise where it fits; that makes a complaint smaller, not bigger."),
	Examples: []Example{
		{Text: "Dat is <m>niet onze schuld</m>, de bezorger was te laat."},
		{Text: "<m>You should have</m> read the manual."},
		{Text: "Sorry dat het misging, we lossen het vandaag op."},
	},
}
