package checker

import (
	"strings"
	"testing"

	"postwijs/spelling"
)

// fakeSpeller's verb lexicon: the classes the OpenTaal dictionary gives
// the words of the grammar rules' examples, so the generic example test
// proves the rules' logic without loading a dictionary. The real
// dictionary is tested in grammar_real_test.go.
var fakeForms = map[string]uint32{
	"word": formStem, "wordt": formThird, "vind": formStem, "vindt": formThird,
	"land": formStem | formNoun, "landt": formThird, "wind": formStem | formNoun, "windt": formThird,
	"geld": formStem | formNoun, "geldt": formThird, "help": formStem, "helpt": formThird,
	"meld": formStem, "meldt": formThird, "bel": formStem, "belt": formThird,
	"bescherm": formStem, "beschermt": formThird, "beschermd": formParticiple | formAdjective,
	"besteed": formStem | formParticiple, "besteedt": formThird,
	"gebeur": formStem, "gebeurt": formThird, "gebeurd": formParticiple,
	"vermeld": formStem | formParticiple, "vermeldt": formThird,
	"beteken": formStem, "betekent": formThird, "betekend": formParticiple,
	"verhuis": formStem, "verhuist": formThird, "verhuisd": formParticiple,
	"bedoel": formStem, "bedoelt": formThird, "bedoeld": formParticiple,
	"bepaal": formStem, "bepaalt": formThird, "bepaald": formParticiple | formAdjective,
	"geverfd": formParticiple, "opgehaald": formParticiple, "weet": formStem | formNoun,
	"groei": formStem, "groeit": formThird, "kies": formStem, "kiest": formThird,
	"fiets": formStem | formNoun, "fietst": formThird, "zeg": formStem, "zegt": formThird,
	"verder": formComparative | formAdjective, "moe": formAdjective, "klein": formAdjective,
	"sterk": formAdjective, "mooi": formAdjective, "prachtig": formAdjective, "makkelijk": formAdjective,
	"hulp": formNoun, "regels": formNoun | formPlural, "website": formNoun, "tijd": formNoun,
	"informatie": formNoun, "jaarverslag": formNoun, "aandacht": formNoun, "veiligheid": formNoun,
	"zomer": formNoun, "gegevens": formNoun | formPlural, "werk": formStem | formNoun,
	"man": formNoun, "team": formNoun, "kast": formNoun, "bed": formNoun, "maand": formNoun,
	"ziek": formAdjective, "blij": formAdjective, "hele": formAdjective,
	"de": formOther, "het": formOther, "een": formOther, "en": formOther, "is": formOther,
	"zeggen": formInfinitive, "beginnen": formInfinitive, "worden": formInfinitive,
	"auto": formNoun, "vriendin": formNoun, "bedrijf": formNoun, "thuis": formNoun, "boeken": formNoun | formPlural | formInfinitive,
	"jas": formNoun, "brochure": formNoun, "wedstrijd": formNoun, "leven": formNoun | formInfinitive,
	"hebben": formInfinitive, "gewonnen": formParticiple, "beter": formComparative | formAdjective | formStem,
	"groot": formAdjective, "collega": formNoun, "film": formNoun, "kinderen": formNoun | formPlural,
	"verbrand": formStem | formParticiple | formAdjective, "verbrandt": formThird, "verbrandde": formPast,
	"verbrande": formParticipleE | formAdjective, "papier": formNoun, "sloot": formNoun, "verhuisde": formPast | formParticipleE,
	"gebeurde": formPast | formParticipleE,
}

func (fakeSpeller) DutchForms(w string) uint32 { return fakeForms[strings.ToLower(w)] }

// TestGrammarSilentWithoutLexicon: a speller without word classes (no
// Dutch dictionary) leaves the grammar rules silent instead of guessing.
func TestGrammarSilentWithoutLexicon(t *testing.T) {
	type plain struct{ Speller }
	for _, r := range []*Rule{dtEnding, dtParticiple} {
		d := NewDoc("Het word tijd. Dit gebeurd vaak.", Options{Lang: "nl", Speller: plain{fakeSpeller{}}})
		if fs := runRule(r, d); len(fs) != 0 {
			t.Errorf("%s without a lexicon reported %v", r.ID, fs)
		}
	}
}

// TestDTSuggestionFirst: the corrected word comes first, in the case the
// user wrote, with a reason in both languages that names the right form.
func TestDTSuggestionFirst(t *testing.T) {
	cases := []struct {
		rule      *Rule
		text, fix string
	}{
		{dtEnding, "Wordt je ook moe?", "Word"},
		{dtEnding, "Het word tijd.", "wordt"},
		{dtEnding, "Hier vind u alles.", "vindt"},
		{dtParticiple, "Het is gebeurt.", "gebeurd"},
		{dtParticiple, "Dit gebeurd vaak.", "gebeurt"},
		{dtParticiple, "Gisteren verhuisd hij.", "verhuisde"},
		{dtParticiple, "Hij verbrande het.", "verbrandde"},
	}
	for _, c := range cases {
		for _, loc := range []string{"nl", "en"} {
			fs := runRule(c.rule, NewDoc(c.text, Options{Lang: "nl", Locale: loc, Speller: fakeSpeller{}}))
			if len(fs) != 1 || len(fs[0].Suggestions) == 0 || fs[0].Suggestions[0] != c.fix {
				t.Errorf("%s on %q (%s): %+v, want %q first", c.rule.ID, c.text, loc, fs, c.fix)
				continue
			}
			if !strings.Contains(fs[0].Message, strings.ToLower(c.fix)) {
				t.Errorf("%s on %q: message %q does not show %q", c.rule.ID, c.text, fs[0].Message, c.fix)
			}
		}
	}
}

// TestFormBitsMatchSpelling: the class bits the rules read are the ones
// package spelling writes; a bit out of step would make every verb look
// like something else.
func TestFormBitsMatchSpelling(t *testing.T) {
	pairs := []struct {
		name        string
		here, there uint32
	}{
		{"stem", formStem, spelling.FormStem}, {"third", formThird, spelling.FormThird},
		{"past", formPast, spelling.FormPast}, {"infinitive", formInfinitive, spelling.FormInfinitive},
		{"participle", formParticiple, spelling.FormParticiple}, {"participle-e", formParticipleE, spelling.FormParticipleE},
		{"noun", formNoun, spelling.FormNoun}, {"plural", formPlural, spelling.FormPlural},
		{"adjective", formAdjective, spelling.FormAdjective}, {"comparative", formComparative, spelling.FormComparative},
		{"other", formOther, spelling.FormOther},
	}
	for _, p := range pairs {
		if p.here != p.there {
			t.Errorf("%s: checker has %b, spelling %b", p.name, p.here, p.there)
		}
	}
	var _ VerbLexicon = (*spelling.Speller)(nil) // the real speller satisfies the interface
}
