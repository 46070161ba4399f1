package checker

// person is what a subject asks of the verb's ending.
type person uint8

const (
	personNone     person = iota
	personIk              // ik: the stem ("ik word")
	personJij             // jij, je or u before the verb: stem + t ("jij wordt")
	personJijAfter        // je or jij after the verb: the stem ("word je")
	personU               // u, before or after the verb: stem + t ("wordt u")
	personThird           // hij, zij, het, dit, a singular noun: stem + t
)

// subjectPronouns are the pronouns that are a clause's subject when they
// open it, with the ending they ask for. "ze" and "zij" may be plural, but
// then the bare stem is wrong too, so they count as third person for
// stems only (see agreeStem).
var subjectPronouns = map[string]person{
	"ik": personIk, "jij": personJij, "je": personJij, "u": personU,
	"hij": personThird, "zij": personThird, "ze": personThird, "het": personThird,
	"men": personThird, "dit": personThird, "dat": personThird, "wat": personThird,
	"er": personThird, "iemand": personThird, "niemand": personThird,
	"iedereen": personThird, "alles": personThird, "niets": personThird, "niks": personThird,
}

// nlNominative pronouns that can only be a subject: after a verb they are
// its inverted subject ("vind jij", "wordt hij").
var nlNominative = map[string]bool{"ik": true, "jij": true, "hij": true, "zij": true, "wij": true, "we": true, "jullie": true, "u": true, "ze": true, "je": true}

// nlAuxiliaries are the forms of hebben, zijn and worden that go with a
// participle, and the modal verbs whose infinitive cluster can hold one.
var nlAuxiliaries = map[string]bool{
	"heb": true, "hebt": true, "heeft": true, "hebben": true, "had": true, "hadden": true,
	"ben": true, "bent": true, "is": true, "zijn": true, "was": true, "waren": true,
	"word": true, "wordt": true, "worden": true, "werd": true, "werden": true,
}

// finiteOthers are frequent finite verbs the dictionary leaves without a
// class (modals and strong past tenses are listed as plain words): a
// clause that has one already has its finite verb.
var finiteOthers = map[string]bool{
	"kan": true, "kun": true, "kunt": true, "kunnen": true, "kon": true, "konden": true,
	"zal": true, "zul": true, "zult": true, "zullen": true, "zou": true, "zouden": true,
	"wil": true, "wilt": true, "willen": true, "wilde": true, "wou": true,
	"mag": true, "mogen": true, "mocht": true, "moet": true, "moeten": true, "moest": true,
	"ga": true, "gaat": true, "gaan": true, "ging": true, "gingen": true,
	"blijft": true, "blijkt": true, "lijkt": true, "komt": true, "kwam": true, "staat": true,
	"stond": true, "doet": true, "deed": true, "zag": true, "vond": true, "bleef": true, "bleek": true,
	"weet": true, "wist": true, "wisten": true,
}

// irregular holds the verbs whose present is not stem + t: each person's
// accepted forms, the usual one first. Both "jij kunt" and "jij kan" are
// standard Dutch, so both are accepted.
type irregularVerb struct{ ik, jij, jijAfter, u, third []string }

var irregularVerbs = []irregularVerb{
	{ik: []string{"ben"}, jij: []string{"bent"}, jijAfter: []string{"ben"}, u: []string{"bent"}, third: []string{"is"}},
	{ik: []string{"heb"}, jij: []string{"hebt"}, jijAfter: []string{"heb"}, u: []string{"hebt", "heeft"}, third: []string{"heeft"}},
	{ik: []string{"kan"}, jij: []string{"kunt", "kan"}, jijAfter: []string{"kun", "kan"}, u: []string{"kunt", "kan"}, third: []string{"kan"}},
	{ik: []string{"zal"}, jij: []string{"zult", "zal"}, jijAfter: []string{"zul", "zal"}, u: []string{"zult", "zal"}, third: []string{"zal"}},
	{ik: []string{"wil"}, jij: []string{"wilt", "wil"}, jijAfter: []string{"wil"}, u: []string{"wilt", "wil"}, third: []string{"wil"}},
}

// irregularByForm finds the verb a form belongs to.
var irregularByForm = func() map[string]*irregularVerb {
	out := map[string]*irregularVerb{}
	for i := range irregularVerbs {
		v := &irregularVerbs[i]
		for _, fs := range [][]string{v.ik, v.jij, v.jijAfter, v.u, v.third} {
			for _, f := range fs {
				out[f] = v
			}
		}
	}
	return out
}()

// forms returns the accepted forms for a person.
func (v *irregularVerb) forms(p person) []string {
	switch p {
	case personIk:
		return v.ik
	case personJij:
		return v.jij
	case personJijAfter:
		return v.jijAfter
	case personU:
		return v.u
	case personThird:
		return v.third
	}
	return nil
}

// agreeIrregular returns the right form of an irregular verb for p, or ""
// when form is right (or not an irregular verb).
func agreeIrregular(form string, p person) string {
	v := irregularByForm[form]
	if v == nil {
		return ""
	}
	ok := v.forms(p)
	for _, f := range ok {
		if f == form {
			return ""
		}
	}
	if len(ok) == 0 {
		return ""
	}
	return ok[0]
}
