package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// agree returns the form a present-tense verb should have for a subject
// of person p, or "" when w is right or may be something other than a
// verb. Only unambiguous forms count: "vind" (a stem and nothing else)
// and "wordt" (stem + t and nothing else), never "las" (also a past
// tense) or "beantwoord" (also a participle). A stem that is also a noun
// ("land", "antwoord") counts only when nounOK: after "hij" or "ik" no
// noun can follow, after "het" or "je" it can ("het land", "je werk").
func (g *gram) agree(w gword, p person, nounOK bool) string {
	if !w.word || nlStrongPast[w.low] || functionWord(w.low) {
		return "" // "De kamer rook naar koffie": ruiken, not roken
	}
	if irregularByForm[w.low] != nil {
		return agreeIrregular(w.low, p)
	}
	other := notVerbOnly | formParticiple | formPast | formInfinitive | formParticipleE
	if nounOK {
		other &^= formNoun
	}
	switch p {
	case personIk, personJijAfter:
		if p == personJijAfter {
			// With its subject right behind it the form is finite, not a
			// participle: "Gebruikt jij ook ...?" -> "Gebruik".
			other &^= formParticiple
		}
		if g.cls(w)&formThird == 0 || g.cls(w)&(other|formStem) != 0 {
			return ""
		}
		return g.stemOf(w.low)
	case personJij, personU, personThird:
		if g.cls(w)&formStem == 0 || g.cls(w)&(other|formThird) != 0 {
			return ""
		}
		return g.third(w.low)
	}
	return ""
}

// noNounAfter are the subjects a noun cannot follow: "hij antwoord" can
// only be a verb, "je antwoord" is "your answer".
var noNounAfter = map[string]bool{"ik": true, "jij": true, "hij": true, "zij": true, "ze": true, "u": true, "men": true, "wij": true, "we": true}

// reportWord reports word w with its correction right first, written in
// w's case, and the reason in Dutch (nl) or English (en).
func reportWord(d *Doc, w gword, right, nl, en string, report Report) {
	t := d.Tokens[w.tok]
	report(t.Start, t.End, d.T(nl, en), caseLike(w.text, right))
}

// caseLike writes a suggestion the way the word it replaces was written:
// "Wordt" -> "Word".
func caseLike(orig, sugg string) string {
	r, _ := utf8.DecodeRuneInString(orig)
	if !unicode.IsUpper(r) {
		return sugg
	}
	s, n := utf8.DecodeRuneInString(sugg)
	return string(unicode.ToUpper(s)) + sugg[n:]
}

// dtReason is the one-line explanation of a d/t correction, in the
// user's language: what the subject asks for, shown on the right form.
func dtReason(d *Doc, subj string, p person, right string) string {
	// Pronouns and nouns come in lower case ("Het" opened the sentence);
	// a name keeps its capital.
	if r, _ := utf8.DecodeRuneInString(subj); !unicode.IsUpper(r) || functionWord(lower(subj)) {
		subj = lower(subj)
	}
	right = lower(right)
	switch p {
	case personIk:
		return d.T("Bij ‘ik’ hoort de stam, zonder t: ik "+right+".",
			"With ‘ik’ the verb is the bare stem, without -t: ik "+right+".")
	case personJijAfter:
		return d.T("Staat ‘"+subj+"’ achter de persoonsvorm, dan valt de t weg: "+right+" "+subj+".",
			"When ‘"+subj+"’ follows the verb, the -t drops: "+right+" "+subj+".")
	case personU:
		return d.T("Bij ‘u’ hoort de t, ook achter de persoonsvorm: "+right+" u.",
			"With ‘u’ the verb takes -t, also when it comes first: "+right+" u.")
	}
	if !strings.HasSuffix(right, "t") {
		return d.T("Bij ‘"+subj+"’ hoort ‘"+right+"’: "+subj+" "+right+".",
			"With ‘"+subj+"’ the form is ‘"+right+"’: "+subj+" "+right+".")
	}
	if strings.Contains(subj, " ") || subj == "" {
		return d.T("Het onderwerp is enkelvoud, dus de persoonsvorm krijgt een t: "+right+".",
			"The subject is singular, so the verb takes -t: "+right+".")
	}
	return d.T("Bij ‘"+subj+"’ hoort de t: "+subj+" "+right+".",
		"With ‘"+subj+"’ the verb takes -t: "+subj+" "+right+".")
}
