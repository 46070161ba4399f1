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
	"antwoord": formStem | formNoun, "antwoordt": formThird, "last": formNoun | formThird, "las": formNoun | formStem,
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
	"auto": formNoun, "vriendin": formNoun, "bedrijf": formNoun, "bied": formStem, "bezorgt": formThird, "snijd": formStem, "snijdt": formThird, "taart": formNoun, "bestelt": formThird, "ontvang": formStem, "ontvangt": formThird, "geleverd": formParticiple | formAdjective, "bijsluiter": formNoun, "biedt": formThird, "thuis": formNoun, "boeken": formNoun | formPlural | formInfinitive,
	"jas": formNoun, "brochure": formNoun, "wedstrijd": formNoun, "leven": formNoun | formInfinitive,
	"hebben": formInfinitive, "gewonnen": formParticiple, "beter": formComparative | formAdjective | formStem,
	"groot": formAdjective, "collega": formNoun, "film": formNoun, "kinderen": formNoun | formPlural,
	"verbrand": formStem | formParticiple | formAdjective, "verbrandt": formThird, "verbrandde": formPast,
	"verbrande": formParticipleE | formAdjective, "papier": formNoun, "sloot": formNoun, "verhuisde": formPast | formParticipleE,
	"gebeurde":     formPast | formParticipleE,
	"vrijstelling": formNoun, "huur": formStem | formNoun, "betalen": formInfinitive, "probleem": formNoun,
	"student": formNoun, "zoek": formStem, "zoekt": formThird, "idee": formNoun, "denkt": formThird, "logo": formNoun, "moeder": formNoun, "besef": formStem | formNoun, "beseft": formThird, "fout": formNoun | formAdjective, "realiseer": formStem, "beveiligt": formThird, "beveiligd": formParticiple | formAdjective, "beveilig": formStem, "recht": formNoun | formAdjective, "verbetert": formThird, "verbeterd": formParticiple | formAdjective, "verbeter": formStem, "diploma": formNoun, "feliciteren": formInfinitive, "praat": formStem | formThird, "overzichtelijker": formComparative | formAdjective, "versie": formNoun, "bekender": formComparative | formAdjective, "zanger": formNoun, "band": formNoun, "aanmelden": formInfinitive, "ontgaan": formParticiple | formInfinitive,
	"lacht": formThird, "lach": formStem | formNoun, "traan": formNoun, "namen": formNoun | formPlural, "afscheid": formNoun, "vraagt": formThird, "vraag": formStem | formNoun, "blije": formAdjective, "huilt": formThird, "ander": formAdjective,
	"vertegenwoordigd": formParticiple, "vertegenwoordig": formStem, "vertegenwoordigt": formThird, "benoemd": formParticiple, "benoem": formStem, "benoemt": formThird, "directeur": formNoun,
	"werkte": formPast, "werkten": formPast, "verhuisden": formPast, "antwoordden": formPast, "antwoordde": formPast, "gingen": formPast, "jaar": formNoun, "sloten": formInfinitive | formNoun | formPlural, "slootten": formPast,
	"laptop": formNoun, "eerste": formOther, "werkdag": formNoun, "stoel": formNoun, "raadsel": formNoun, "duidelijk": formAdjective, "opgevallen": formParticiple, "zoeken": formInfinitive, "collega's": formNoun | formPlural, "oplevert": formThird, "ons": formOther,
	"plan": formStem | formNoun, "lukt": formThird, "blijkt": formThird, "lastig": formNoun | formAdjective,
	// The passive, sound-alike and particle rules' examples.
	"aangeboden": formAdjective, "als": formAdjective | formOther, "bang": formAdjective, "begint": formThird,
	"ben": formStem | formNoun, "bezorgd": formParticiple | formAdjective, "bos": formStem | formNoun, "breidt": formThird,
	"breit": formThird, "cursus": formNoun, "dag": formNoun, "dan": formOther, "dansen": formInfinitive | formNoun | formPlural,
	"dat": formOther, "deze": formOther, "dit": formOther, "door": formOther, "eerst": formOther,
	"eigen": formStem | formNoun | formAdjective | formOther, "eigenlijk": formAdjective, "eiken": formNoun | formPlural,
	"elke": formAdjective, "excuses": formOther, "feesten": formInfinitive | formNoun | formPlural, "gaan": formInfinitive,
	"gaten": formNoun | formPlural, "gebeld": formParticiple, "gehouden": formNoun, "genoemd": formParticiple,
	"gevraagd": formParticiple | formAdjective, "gewekt": formParticiple, "goede": formAdjective, "graag": formNoun | formAdjective,
	"gratis": formOther, "handleiding": formNoun, "hij": formOther, "hou": formStem, "hout": formThird | formNoun, "aanvaardt": formThird, "benoeming": formNoun, "plezier": formNoun,
	"huis": formStem | formNoun, "ik": formNoun, "in": formStem | formOther, "installeren": formInfinitive, "je": formOther,
	"jij": formStem, "keer": formStem | formNoun, "kok": formNoun, "lange": formAdjective,
	"later": formNoun | formAdjective | formComparative, "lees": formStem, "los": formStem | formAdjective, "maaltijd": formNoun,
	"meer": formStem | formNoun | formAdjective, "met": formOther, "mijn": formStem | formNoun, "morgen": formNoun,
	"mouwen": formNoun | formPlural, "niet": formStem | formNoun, "ochtend": formNoun, "om": formOther, "oma": formNoun,
	"omdat": formOther, "opnieuw": formOther, "over": formOther, "pakket": formNoun, "programma": formNoun, "rekening": formNoun,
	"rent": formStem | formThird, "rij": formStem | formNoun, "rijdt": formThird, "rijt": formThird, "schilderen": formInfinitive,
	"schuw": formStem | formNoun | formAdjective, "sjaal": formNoun, "snel": formAdjective, "stier": formNoun, "te": formOther,
	"tekenen": formInfinitive | formNoun | formPlural, "terug": formOther, "toegestuurd": formParticiple,
	"trein": formStem | formNoun, "uit": formStem | formOther, "uitbreidt": formThird, "uur": formNoun, "van": formOther,
	"vol": formStem | formAdjective | formOther, "volgende": formAdjective, "vrij": formStem | formNoun | formAdjective | formOther,
	"wandelingen": formNoun | formPlural, "want": formStem | formThird | formNoun, "wat": formOther, "weg": formNoun | formOther,
	"weten": formInfinitive | formOther, "wild": formNoun | formAdjective, "wilde": formPast | formAdjective | formOther,
	"wilt": formThird, "ze": formOther, "zeven": formInfinitive | formNoun | formOther, "zich": formOther, "zij": formNoun,
	"zo": formOther, "zomaar": formOther, "zus": formNoun, "terugrijdt": formThird, "houdt": formThird, "houd": formStem,
	// The other examples' words, as the dictionary has them.
	"aan": formOther, "aardig": formAdjective, "af": formOther, "afspraak": formNoun, "al": formAdjective, "alles": formOther,
	"alsjeblieft": formOther, "baby": formNoun, "bekruipt": formThird, "bestel": formStem | formNoun, "bevind": formStem,
	"bevindt": formThird, "beweerd": formParticiple, "beweert": formThird, "bij": formNoun | formOther, "bijna": formOther,
	"binnen": formOther, "binnenkort": formOther, "boek": formStem | formNoun, "buiten": formNoun, "club": formNoun,
	"contact": formNoun, "cv": formOther, "daar": formOther, "danken": formInfinitive, "die": formOther, "doe": formStem,
	"druk": formStem | formNoun | formAdjective, "er": formOther, "erg": formAdjective, "foto": formNoun,
	"freelancers": formNoun | formPlural, "ga": formStem, "gaat": formThird | formOther, "gaf": formOther, "gekocht": formParticiple,
	"gerust": formParticiple | formAdjective, "gevoel": formNoun, "ging": formNoun, "gisteren": formOther,
	"goed": formNoun | formAdjective | formOther, "gunt": formThird, "heb": formStem, "heeft": formOther, "helft": formNoun,
	"hen": formNoun, "hier": formOther, "hoe": formOther, "hun": formOther, "iets": formNoun, "ingang": formNoun,
	"jezelf": formOther, "jou": formStem, "jouw": formStem, "keek": formOther, "kiezen": formInfinitive | formNoun | formPlural,
	"klopt": formThird, "koffie": formNoun | formOther, "kom": formStem | formNoun, "korting": formNoun, "kost": formStem | formNoun,
	"krijg": formStem | formNoun, "krijgt": formThird, "kwam": formOther, "kwamen": formOther, "lag": formOther,
	"langs": formAdjective, "les": formStem | formNoun, "lid": formNoun, "liepen": formOther, "maar": formStem, "me": formOther,
	"mee": formOther, "mensen": formNoun | formPlural, "mij": formOther, "moet": formOther, "moeten": formInfinitive,
	"naar": formAdjective, "natuurlijk": formAdjective, "neem": formStem, "neemt": formThird, "niemand": formOther,
	"niets": formOther, "nieuwe": formAdjective, "niks": formStem | formNoun, "nog": formOther, "nooit": formOther,
	"oefent": formThird, "onze": formNoun, "ook": formOther, "op": formOther, "oude": formAdjective, "overal": formNoun,
	"pauze": formNoun, "plek": formStem | formNoun, "praktijk": formNoun, "prima": formNoun | formOther,
	"producten": formNoun | formPlural, "vacatures": formNoun | formPlural, "vacature": formNoun, "regelen": formInfinitive, "resultaat": formNoun, "slaapt": formThird, "soms": formOther,
	"speciaal": formNoun | formAdjective, "stappen": formInfinitive | formNoun | formPlural, "station": formNoun,
	"stuurt": formThird, "toch": formOther, "toe": formOther, "u": formNoun, "uw": formOther, "vaak": formAdjective,
	"valt": formThird, "vandaag": formOther, "veel": formStem | formNoun | formAdjective | formOther, "verandert": formThird,
	"verveeld": formParticiple, "verwacht": formStem | formParticiple, "via": formOther, "vinden": formInfinitive,
	"volgens": formOther, "volgt": formThird, "voor": formNoun | formOther, "warm": formStem | formAdjective, "we": formOther,
	"werkt": formThird, "wij": formOther, "winkel": formStem | formNoun, "zaterdag": formNoun, "zei": formOther, "zie": formStem,
	"ziet": formThird, "stuur": formStem | formNoun, "gun": formStem, "volg": formStem, "verveelt": formThird, "verveel": formStem,
	"bekent": formThird, "bekend": formParticiple | formAdjective, "komt": formThird, "veranderd": formParticiple, "denk": formStem, "hoop": formStem | formNoun,
	// The separable-verb rule's examples: strong participles have only the
	// "other" class.
	"bezig": formStem | formNoun | formAdjective, "bezighoudt": formThird,
	"plaats": formStem | formNoun, "gevonden": formOther, "plaatsgevonden": formOther, "kennis": formNoun,
	"maken": formInfinitive, "kennismaken": formInfinitive, "deel": formStem | formNoun, "deelneemt": formThird,
	"organisatie": formNoun, "congres": formNoun, "planning": formNoun, "data": formNoun | formPlural,
	// The tense, past, imperative, homograph and comparison examples.
	"meldden": formPast, "melden": formInfinitive, "landden": formPast, "landen": formInfinitive | formNoun | formPlural,
	"wachtten": formPast, "wachten": formInfinitive | formNoun | formPlural, "loop": formStem | formNoun,
	"verwachte": formParticipleE | formAdjective, "verwachtte": formPast,
	"raad": formStem | formNoun, "raadt": formThird, "rijd": formStem, "veilig": formAdjective,
	"broer": formNoun, "dochter": formNoun, "kan": formStem | formNoun, "kant": formThird | formNoun,
	"hard": formStem | formNoun | formAdjective, "gewerkt": formParticiple, "gesproken": formAdjective,
	"ouder": formComparative | formAdjective | formNoun, "grotere": formAdjective, "groter": formComparative | formAdjective,
	"slaap": formStem | formNoun, "week": formNoun, "gebruik": formStem | formNoun, "gebruikt": formThird | formParticiple, "agenda": formNoun, "deer": formStem, "deert": formThird, "wifi": formOther, "kapot": formAdjective, "praten": formInfinitive, "kleine": formAdjective, "tent": formNoun,
	"laten": formInfinitive, "vrijlaten": formInfinitive, "spelen": formInfinitive, "piano": formNoun,
	"kijk": formStem, "kijkt": formThird, "smaak": formStem | formNoun, "smaakt": formThird, "top": formNoun | formAdjective, "beschreven": formAdjective, "gids": formNoun, "leider": formNoun, "onderscheid": formStem | formNoun, "onderscheidt": formThird, "onderhoud": formStem | formNoun, "onderhoudt": formThird, "machines": formNoun | formPlural, "doen": formInfinitive, "zon": formNoun, "schijn": formStem | formNoun, "schijnt": formThird,
	"vermijd": formStem, "vermijdt": formThird, "conflicten": formNoun | formPlural, "klant": formNoun, "koning": formNoun,
	"herstelt": formOther, "hersteld": formParticiple, "storing": formNoun,
	// Comparisons with the subject.
	"oud": formAdjective, "sneller": formAdjective | formComparative, "harder": formAdjective | formComparative,
	"belangrijker": formAdjective | formComparative,
	// A noun after a preposition and "het".
	"eind": formStem | formNoun, "eindt": formThird, "wacht": formStem | formNoun,
	"inhoud": formStem | formNoun, "inhoudt": formThird, "betreft": formThird, "zit": formOther, "gewenst": formParticiple | formAdjective,
	"geeft": formThird, "vrijgeeft": formThird,
	// Old subjunctives beside a subject.
	"lande": formOther, "landde": formPast, "gisteravond": formOther, "vliegtuig": formNoun, "melde": formOther, "meldde": formPast, "ruste": formOther, "rustte": formPast, "beide": formOther, "beidde": formPast,
	// Participles read as present forms.
	"verbaasd": formParticiple | formNoun | formAdjective, "argument": formNoun, "verrast": formThird | formParticiple | formAdjective,
	"gewend": formParticiple, "levering": formNoun, "geregeld": formParticiple | formAdjective, "klaar": formStem | formAdjective,
	"betaald": formParticiple, "betaal": formStem, "betaalt": formThird, "app": formStem | formNoun, "echt": formStem | formAdjective,
	"verbaas": formStem, "hopelijk": formOther, "verander": formStem,
	// Inversion after a condition, and verbs of knowing.
	"merk": formStem | formNoun, "merkt": formThird, "geef": formStem, "adres": formNoun,
	"drukker": formNoun | formAdjective | formComparative, "verbaast": formThird, "val": formStem | formNoun, "verschil": formStem | formNoun, "meteen": formOther,
}

func (fakeSpeller) DutchForms(w string) uint32 { return fakeForms[strings.ToLower(w)] }

// TestGrammarSilentWithoutLexicon: a speller without word classes (no
// Dutch dictionary) leaves the grammar rules silent instead of guessing.
func TestGrammarSilentWithoutLexicon(t *testing.T) {
	type plain struct{ Speller }
	for _, r := range []*Rule{dtEnding, dtParticiple, dtPassive, dtSoundAlike, dtParticle, dtImperative} {
		d := NewDoc("Het word tijd. Dit gebeurd vaak. Gunt jezelf een pauze. Hij hout van koken. Het pakket word je morgen bezorgd.",
			Options{Lang: "nl", Speller: plain{fakeSpeller{}}})
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
		{dtEnding, "Daar bevind zich de ingang.", "bevindt"},
		{dtPassive, "Deze brochure word je gratis toegestuurd.", "wordt"},
		{dtSoundAlike, "Hij hout van lange wandelingen.", "houdt"},
		{dtParticle, "Het bedrijf breit zich snel uit.", "breidt"},
		{dtImperative, "Gunt jezelf een pauze.", "Gun"},
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
