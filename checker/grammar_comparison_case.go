package checker

// A comparison with the subject of "zijn", "worden", "lijken" or
// "blijven" takes the subject form: "Hij is groter dan ik (ben)", "Zij
// is even oud als hij". "dan mij" and "als hem" are the slip. With other
// verbs the object may be compared ("Ik help haar vaker dan hem"), and
// after a preposition the preposition may be left out ("Dit is
// belangrijker voor jou dan mij"), so both stay silent.
var comparisonCase = &Rule{
	ID: "comparison-pronoun", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachSentence(d, report, (*gram).checkComparisonCase) },
	Examples: []Example{
		{Lang: "nl", Text: "Hij is groter dan <m>mij</m>. Zij is even oud als <m>hem</m>. Jij bent sneller dan <m>hen</m>."},
		{Lang: "nl", Text: "Hij is groter dan ik. Ik help haar vaker dan hem. Dit is belangrijker voor jou dan mij."},
		{Lang: "nl", Text: "Zij werkt harder dan hem. Hij is groter dan mij denkt. Hij is groter dan mijn broer."},
	},
}

// subjectForm is the subject form of an object pronoun.
var subjectForm = map[string]string{"mij": "ik", "me": "ik", "hem": "hij", "jou": "jij", "ons": "wij", "hen": "zij", "hun": "zij"}

// subjectVerb completes the comparison in the message: "groter dan ik (ben)".
var subjectVerb = map[string]string{"ik": "ben", "jij": "bent", "hij": "is", "wij": "zijn", "zij": "zijn"}

// copulas link a subject to what is said of it.
var copulas = map[string]bool{"is": true, "ben": true, "bent": true, "zijn": true, "was": true, "waren": true,
	"wordt": true, "word": true, "worden": true, "werd": true, "werden": true, "lijkt": true, "lijk": true,
	"lijken": true, "leek": true, "leken": true, "blijft": true, "blijf": true, "blijven": true, "bleef": true, "bleven": true}

// checkComparisonCase looks at every "dan" after a comparative and every
// "als" after "even" or "zo" and an adjective, followed by an object
// pronoun that ends the phrase.
func (g *gram) checkComparisonCase(d *Doc, cs []clause, report Report) {
	if len(cs) == 0 || len(cs[0].words) == 0 {
		return
	}
	last := cs[len(cs)-1].words
	if len(last) == 0 {
		return
	}
	for i := cs[0].words[0].tok; i <= last[len(last)-1].tok; i++ {
		w := d.lowerToken(i)
		if w != "dan" && w != "als" {
			continue
		}
		p := g.nextContent(d, i)
		if p < 0 || subjectForm[d.lowerToken(p)] == "" || !g.alone(d, gword{tok: p}) {
			continue
		}
		adj := g.prevContent(d, i)
		if adj < 0 || !g.comparedWord(d, adj, w) || !g.copulaBefore(d, adj) {
			continue
		}
		pron := d.lowerToken(p)
		right := subjectForm[pron]
		reportWord(d, gword{tok: p, text: d.Tokens[p].Text, low: pron}, right,
			"Je vergelijkt met het onderwerp, dus de onderwerpsvorm: "+w+" "+right+" ("+subjectVerb[right]+"), niet ‘"+w+" "+pron+"’.",
			"The comparison is with the subject, so the subject form: "+w+" "+right+", not ‘"+w+" "+pron+"’.", report)
	}
}

// comparedWord: before "dan" a comparative ("groter dan"), before "als"
// an adjective after "even" or "zo" ("even oud als").
func (g *gram) comparedWord(d *Doc, i int, conj string) bool {
	if conj == "dan" {
		return g.isComparative(d, i)
	}
	before := g.prevContent(d, i)
	return before >= 0 && (d.lowerToken(before) == "even" || d.lowerToken(before) == "zo") &&
		g.classes(d.lowerToken(i))&formAdjective != 0
}

// copulaBefore: walking back from token i within the sentence, the first
// finite verb is a copula, and no preposition or clause opener comes
// before it.
func (g *gram) copulaBefore(d *Doc, i int) bool {
	for j := g.prevContent(d, i); j >= 0; j = g.prevContent(d, j) {
		w := d.lowerToken(j)
		switch {
		case copulas[w]:
			return true
		case nlPrepositions[w], nlSubordinators[w], nlRelatives[w], nlCoordinators[w]:
			return false
		case g.finite(gword{tok: j, low: w, word: true, lookup: true}):
			return false
		}
	}
	return false
}
