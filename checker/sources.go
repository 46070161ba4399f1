package checker

// Point 9: name your sources. A claim such as "uit onderzoek blijkt" or a
// statistic needs a link, "bron:" or "volgens …" somewhere in the post.

var needsSource = &Rule{
	ID: "needs-source", Point: 9, Severity: Warning,
	Check: func(d *Doc, report Report) {
		if hasSource(d) {
			return
		}
		for _, m := range WordList("claims").Find(d) {
			report(numberBefore(d, m.Start), m.End, d.T(
				"Deze bewering vraagt om een bron. Voeg een link toe, of schrijf erbij waar het vandaan komt (“bron: …”, “volgens …”).",
				"This claim needs a source. Add a link, or say where it comes from (“source: …”, “according to …”)."))
		}
	},
	Examples: []Example{
		{Text: "<m>Uit onderzoek blijkt</m> dat thuiswerken productiever is."},
		{Text: "Maar liefst <m>68 % van de</m> werknemers wil vier dagen werken."},
		{Text: "<m>Studies show</m> that meetings waste time."},
		{Text: "Uit onderzoek blijkt dat thuiswerken productiever is (bron: CBS, 2025)."},
		{Text: "Volgens het CBS wil 68 % van de werknemers vier dagen werken."},
		{Text: "Studies show that meetings waste time: https://example.com/study"},
		{Text: "Nu 20 % korting op alle boeken."},
	},
}

// hasSource reports a link or a phrase that names a source.
func hasSource(d *Doc) bool {
	for _, t := range d.Tokens {
		if t.Kind == URL {
			return true
		}
	}
	return has(d, "source-markers")
}
