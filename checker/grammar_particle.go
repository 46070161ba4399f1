package checker

import "strings"

// A separable verb's particle tells which verb it is: in "Het bedrijf
// breit zich uit" the particle "uit" closes the clause, and "uitbreien"
// is no verb while "uitbreiden" is, so the verb is "breidt". The
// dictionary decides: the particle with the form as written must be no
// word, the particle with the d added must be a present form.
var dtParticle = &Rule{
	ID: "dt-particle", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachClause(d, report, (*gram).checkParticle) },
	Examples: []Example{
		{Lang: "nl", Text: "Het bedrijf <m>breit</m> zich snel uit."},
		{Lang: "nl", Text: "Hij <m>rijt</m> morgen met de trein terug."},
		{Lang: "nl", Text: "Het bedrijf breidt zich snel uit. Hij rijdt morgen terug."},
		// "hou" and "rij" are short forms of "houd" and "rijd".
		{Lang: "nl", Text: "Ik hou het vol en rij morgen terug."},
		{Lang: "nl", Text: "Oma breit een sjaal. Zij breit de mouwen los en begint opnieuw."},
		// Particles join the verb in a subordinate clause.
		{Lang: "nl", Text: "Ik weet dat het zich uitbreidt, want zij breit door."},
	},
}

// checkParticle reports the finite verb of a main clause whose closing
// particle only fits the verb with a d.
func (g *gram) checkParticle(d *Doc, c clause, report Report) {
	ws := c.words
	if c.kind == openSubord || c.kind == openRel && !c.first || len(ws) < 3 {
		return
	}
	part := ws[len(ws)-1].low
	if !nlPrepositions[part] && !extraParticles[part] {
		return
	}
	for k, w := range ws[:len(ws)-1] {
		if !g.strictFinite(w) {
			continue
		}
		if right := g.withD(w); right != "" && g.classes(part+w.low) == 0 && g.classes(part+right)&(formThird|formStem) != 0 {
			t := d.Tokens[w.tok]
			report(t.Start, t.End, d.T(
				"Het werkwoord is ‘"+part+g.infinitiveOf(right)+"’, niet ‘"+part+g.infinitiveOf(w.low)+"’: "+right+" … "+part+".",
				"The verb is ‘"+part+g.infinitiveOf(right)+"’, not ‘"+part+g.infinitiveOf(w.low)+"’: "+right+" … "+part+"."),
				caseLike(ws[k].text, right))
		}
		return // only the clause's first finite verb has the particle
	}
}

// extraParticles are separable particles that are not prepositions.
var extraParticles = map[string]bool{"mee": true, "toe": true, "terug": true, "weg": true, "samen": true,
	"vast": true, "los": true, "neer": true, "heen": true, "open": true, "dicht": true}

// withD is the present with -dt of a present with -t: "breit" ->
// "breidt". Stems are left alone: "ik hou" and "ik rij" are the short
// forms of "houd" and "rijd", not other verbs.
func (g *gram) withD(w gword) string {
	if strings.HasSuffix(w.low, "dt") || !strings.HasSuffix(w.low, "t") || g.cls(w)&formThird == 0 {
		return ""
	}
	return w.low[:len(w.low)-1] + "dt"
}

// infinitiveOf names the verb of a present form for the message:
// "breidt" -> "breiden", "breit" -> "breien", "laadt" -> "laden".
func (g *gram) infinitiveOf(form string) string {
	stem := strings.TrimSuffix(form, "t")
	n := len(stem)
	if n >= 3 && stem[n-3] == stem[n-2] && strings.ContainsRune("aeou", rune(stem[n-2])) {
		return stem[:n-2] + stem[n-1:] + "en" // "laad" -> "laden"
	}
	return stem + "en"
}
