package checker

// Point 17: always be honest. Absolute claims nobody can check make a post
// sound like an advertisement and are easy to disprove.

var absoluteClaim = &Rule{
	ID: "absolute-claim", Point: 17, Severity: Info,
	Check: existence("absolute",
		"“%s” is een absolute bewering die niemand kan controleren. Schrijf wat je echt weet of gemeten hebt.",
		"“%s” is an absolute claim nobody can check. Write what you actually know or measured."),
	Examples: []Example{
		{Text: "Onze service is <m>gegarandeerd</m> snel."},
		{Text: "Wij zijn <m>nummer 1</m> in de regio."},
		{Text: "It is <m>the best product</m> you can buy."},
		{Text: "Onze klanten geven ons gemiddeld een 8,4."},
	},
}
