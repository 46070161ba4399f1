package checker

// "Beseffen" is not reflexive: "Ik besef dat het laat is", not "Ik besef
// me". The pronoun comes from "zich realiseren", which is ("Ik realiseer
// me"), and the two are often crossed.
var notReflexive = &Rule{
	ID: "not-reflexive", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachClause(d, report, (*gram).checkBeseffen) },
	Examples: []Example{
		{Lang: "nl", Text: "Ik <m>besef me</m> dat dit fout is. Hij <m>beseft zich</m> niet hoe laat het is."},
		{Lang: "nl", Text: "Jij <m>beseft je</m> dat toch ook?"},
		{Lang: "nl", Text: "Ik besef dat dit fout is. Ik realiseer me dat het laat is."},
		// "je" right after the verb is its subject.
		{Lang: "nl", Text: "Besef je wel hoe laat het is? Dat besef je pas later. Jij beseft je fout niet."},
	},
}

// besefForms are the forms of "beseffen".
var besefForms = map[string]bool{"besef": true, "beseft": true, "beseffen": true, "besefte": true, "beseften": true}

// reflexives that "beseffen" is given by mistake. "je" is one only after
// a subject "jij" or "je": right after the verb it is the subject
// ("Besef je dat?").
var reflexives = map[string]bool{"me": true, "mij": true, "zich": true, "je": true}

// checkBeseffen reports a form of "beseffen" with the reflexive after it,
// and offers the verb alone.
func (g *gram) checkBeseffen(d *Doc, c clause, report Report) {
	ws := c.words
	for k := 0; k+1 < len(ws); k++ {
		v, p := ws[k], ws[k+1]
		if !besefForms[v.low] || !reflexives[p.low] {
			continue
		}
		if p.low == "je" && !(k > 0 && (ws[k-1].low == "jij" || ws[k-1].low == "je")) {
			continue
		}
		if k+2 < len(ws) && g.cls(ws[k+2])&formNoun != 0 && !functionWord(ws[k+2].low) {
			continue // "Jij beseft je fout niet": the possessive
		}
		start, end := d.Tokens[v.tok].Start, d.Tokens[p.tok].End
		report(start, end, d.T(
			"‘Beseffen’ is niet wederkerend: ik besef dat … (wel: ik realiseer me dat …).",
			"‘Beseffen’ takes no reflexive pronoun: ik besef dat … (but: ik realiseer me dat …)."),
			v.text)
	}
}
