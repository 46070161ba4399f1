package checker_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"postwijs/checker"
)

// These tests run the grammar rules with the real Dutch dictionary: the
// rules' knowledge of verbs is the dictionary's, so only it shows what a
// user gets. They skip where hunspell-nl is not installed.

// runGrammar runs the grammar rules alone on a Dutch text.
func runGrammar(t testing.TB, text string) []checker.Finding {
	s := dutchSpeller(t)
	d := checker.NewDoc(text, checker.Options{Lang: "nl", Speller: s})
	var out []checker.Finding
	for _, r := range grammarRules(t) {
		r.Check(d, func(start, end int, msg string, sugg ...string) {
			out = append(out, checker.Finding{Rule: r.ID, Start: start, End: end, Text: text[start:end], Message: msg, Suggestions: sugg})
		})
	}
	return out
}

// TestGrammarRealCatches: sentences with the errors Dutch readers notice
// first get the right word first, from the rule that names the error.
// The sentences are written for this test, not taken from a corpus.
func TestGrammarRealCatches(t *testing.T) {
	cases := []struct{ text, word, fix, rule string }{
		{"Het word tijd om te beginnen.", "word", "wordt", "dt-ending"},
		{"Lisa zoek nog twee collega's.", "zoek", "zoekt", "dt-ending"},
		{"Ik belt u volgende week.", "belt", "bel", "dt-ending"},
		{"Hoe werk de app precies?", "werk", "werkt", "dt-ending"},
		{"Wat vindt je van ons nieuwe logo?", "vindt", "vind", "dt-ending"},
		{"En dat geld niet alleen voor ons.", "geld", "geldt", "dt-ending"},
		{"Alle gegevens zijn goed beveiligt.", "beveiligt", "beveiligd", "dt-participle"},
		{"Wij heeft een mooi resultaat neergezet.", "heeft", "hebben", "verb-number"},
		{"Ik verhuisden in 2019 naar Utrecht.", "verhuisden", "verhuisde", "verb-number"},
		{"Ik besef me dat dit fout is.", "besef me", "besef", "not-reflexive"},
		{"Is dit jou laptop?", "jou", "jouw", "jou-jouw"},
		{"We feliciteren Lisa met hen diploma.", "hen", "hun", "hun-hen"},
		{"Onze website is overzichtelijker als de oude versie.", "als", "dan", "als-dan"},
		{"Als je het niet erg vind, kom ik later.", "vind", "vindt", "dt-ending"},
		{"Wat er is gebeurt, weet niemand.", "gebeurt", "gebeurd", "dt-participle"},
		{"Wordt je ook moe van al dat gedoe?", "Wordt", "Word", "dt-ending"},
		{"Hij is vorige maand verhuist.", "verhuist", "verhuisd", "dt-participle"},
		{"Ik wordt er blij van.", "wordt", "word", "dt-ending"},
		{"Jij word bedankt voor je hulp.", "word", "wordt", "dt-ending"},
		{"Zij houd van lange wandelingen.", "houd", "houdt", "dt-ending"},
		{"Wordt jij ook zo moe?", "Wordt", "Word", "dt-ending"},
		{"Hier vind u alle documenten.", "vind", "vindt", "dt-ending"},
		{"Morgen wordt je opgehaald om acht uur.", "wordt", "word", "dt-ending"},
		{"Hoe wordt je zo goed in presenteren?", "wordt", "word", "dt-ending"},
		{"Als je klaar bent, wordt je naar huis gebracht.", "wordt", "word", "dt-ending"},
		{"Daar wordt je blij van.", "wordt", "word", "dt-ending"},
		{"Hij antwoord niet op mijn mail.", "antwoord", "antwoordt", "dt-ending"},
		{"Dat wilt niet zeggen dat het slecht is.", "wilt", "wil", "dt-ending"},
		{"Ik heeft geen tijd.", "heeft", "heb", "dt-ending"},
		{"Dit geld natuurlijk ook voor studenten.", "geld", "geldt", "dt-ending"},
		{"Of de gemeente toezicht houd, is de vraag.", "houd", "houdt", "dt-ending"},
		{"Een goed antwoordt is belangrijk.", "antwoordt", "antwoord", "dt-ending"},
		{"Dit gebeurd elke week.", "gebeurd", "gebeurt", "dt-participle"},
		{"Wat gebeurd er nu?", "gebeurd", "gebeurt", "dt-participle"},
		{"Er wordt veel geld besteedt aan marketing.", "besteedt", "besteed", "dt-participle"},
		{"Ik ben er van overtuigt dat het lukt.", "overtuigt", "overtuigd", "dt-participle"},
		{"Het moet nog vermeldt worden.", "vermeldt", "vermeld", "dt-participle"},
		{"Het wordt door de gemeente bepaalt.", "bepaalt", "bepaald", "dt-participle"},
		{"Dat betekend dat we opnieuw beginnen.", "betekend", "betekent", "dt-participle"},
		{"Gisteren verhuisd hij naar Amsterdam.", "verhuisd", "verhuisde", "dt-participle"},
		{"De verbrandde fiets lag in de sloot.", "verbrandde", "verbrande", "dt-participle"},
		{"Hij verbrande het oude papier.", "verbrande", "verbrandde", "dt-participle"},
		{"Met hard en ziel werken we aan dit project.", "hard", "hart", "dt-idiom"},
		{"Is dit van jouw?", "jouw", "jou", "jou-jouw"},
		{"Ik rij morgen met jou auto.", "jou", "jouw", "jou-jouw"},
		{"Deze folder is voor uw.", "uw", "u", "u-uw"},
		{"Uw wordt binnenkort gebeld.", "Uw", "U", "u-uw"},
		{"We hebben veel te danken aan hun.", "hun", "hen", "hun-hen"},
		{"Hun hebben het gedaan.", "Hun", "Zij", "hun-hen"},
		{"Er kwamen meer als 100 mensen.", "als", "dan", "als-dan"},
		{"Ik ga met me vriendin naar Parijs.", "me", "mijn", "me-mijn"},
		{"Zei is mijn zus.", "Zei", "Zij", "zei-zij"},
		{"Hij zij dat het goed was.", "zij", "zei", "zei-zij"},
		{"Morgen word het warm.", "word", "wordt", "dt-ending"},
		{"Daar bevind zich de ingang.", "bevind", "bevindt", "dt-ending"},
		{"Deze producten vindt je in elke winkel.", "vindt", "vind", "dt-ending"},
		{"Op de foto ziet je hoe het werkt.", "ziet", "zie", "dt-ending"},
		{"Als hij zich niet houd aan de afspraak, bel ik.", "houd", "houdt", "dt-ending"},
		{"Word u doorverwezen naar de juiste afdeling.", "Word", "Wordt", "dt-ending"},
		{"Dat heb ik nooit beweert.", "beweert", "beweerd", "dt-participle"},
		{"Gebeurd er iets?", "Gebeurd", "Gebeurt", "dt-participle"},
		{"Omdat zij zich verveeld, gaat ze naar buiten.", "verveeld", "verveelt", "dt-participle"},
		{"De gemeente besteed veel geld aan fietspaden.", "besteed", "besteedt", "dt-participle"},
		{"Zijn de kosten verhoogt met tien procent?", "verhoogt", "verhoogd", "dt-participle"},
		{"Deze brochure word je gratis toegestuurd.", "word", "wordt", "dt-passive"},
		{"De hele dag wordt je in de gaten gehouden.", "wordt", "word", "dt-passive"},
		{"Als je dit programma wild installeren, lees dan de handleiding.", "wild", "wilt", "dt-soundalike"},
		{"Hij hout van lange wandelingen.", "hout", "houdt", "dt-soundalike"},
		{"Het bedrijf breit zich snel uit.", "breit", "breidt", "dt-particle"},
		{"Lees de handleiding en volgt de stappen.", "volgt", "volg", "dt-imperative"},
		{"Gunt jezelf een pauze.", "Gunt", "Gun", "dt-imperative"},
		{"Komt dit u niet bekent voor?", "bekent", "bekend", "dt-participle"},
		{"Zij blijft erg bezorgt.", "bezorgt", "bezorgd", "dt-participle"},
		{"Meer informatie vindt je op onze website.", "vindt", "vind", "dt-ending"},
		{"Vind u een overzicht van de kosten.", "Vind", "Vindt", "dt-ending"},
		{"Wij zijn een bedrijf dat zich bezig houdt met zonne-energie.", "bezig houdt", "bezighoudt", "separable-verb"},
		{"De opening heeft gisteren plaats gevonden.", "plaats gevonden", "plaatsgevonden", "separable-verb"},
		{"Morgen startten we met de nieuwe training.", "startten", "starten", "dt-tense"},
		{"Vorige maand testen we de nieuwe kassa.", "testen", "testten", "dt-tense"},
		{"Gisteren verbrande ik het oude papier.", "verbrande", "verbrandde", "dt-participle"},
		{"Antwoordt gerust op dit bericht.", "Antwoordt", "Antwoord", "dt-imperative"},
	}
	for _, c := range cases {
		fs := runGrammar(t, c.text)
		if len(fs) != 1 || fs[0].Text != c.word || fs[0].Rule != c.rule || len(fs[0].Suggestions) == 0 || fs[0].Suggestions[0] != c.fix {
			t.Errorf("%q: got %s, want %s on %q with %q first", c.text, describeFindings(fs), c.rule, c.word, c.fix)
		}
	}
}

// TestGrammarRealHomographs: correct Dutch with the nouns that look like
// verb stems, participles with their auxiliaries, "je" as object or
// possessive, and imperatives: not a word is flagged.
func TestGrammarRealHomographs(t *testing.T) {
	for _, text := range []string{
		"Het land is klein. De wind is koud. Het bord is leeg. De hond blaft. Het verband is duidelijk.",
		"Het antwoord kwam snel. Het onderzoek loopt. Het geld is op. Het werk is af. Het gebied is groot.",
		"Wat er is gebeurd, weet niemand. Het is gebeurd. We zijn verhuisd. Er wordt veel besteed.",
		"Dit helpt je verder. Wat houdt je tegen? Morgen wordt je fiets opgehaald. Iedereen vindt je aardig.",
		"Meld u aan. Houd je vast. Vind je weg. Word lid. Helpt je dat? Kost je niks.",
		"Helpt je bij het plannen van je dag. Daar wacht je een verrassing. Hier helpt je een coach bij.",
		"Wat ik bedoel is dat we kiezen. De man die alles bepaalt is ziek. Alles verhuisd!",
		"Dat vind ik mooi. Het land vind je prachtig. Dat houd ik niet vol. Die vind je overal.",
		"De kamer rook naar koffie. De hond schrok zich een hoedje. Hij las de krant.",
		"Ik heb het gekocht en het verhuisd. Dan ben je maar voor de helft klaar.",
		"Het werkt beter als je oefent. Hij is even groot als ik. Kom gerust bij me thuis langs.",
		"Maak u geen zorgen. Bespaar u de moeite. Dan valt je natuurlijk op dat het druk is.",
		"Soms bekruipt je toch het gevoel dat het klopt. Daar lukt je echt alles.",
		"Klopt. Werkt prima en kost bijna niets. Heb het gekocht en werkt prima.",
		"Ik hou het vol en rij morgen terug. Oma breit een sjaal. Het wild is schuw.",
		"Deze informatie wordt je gratis toegestuurd. Een goede kok word je niet zomaar genoemd.",
		"Morgen word je om acht uur opgehaald. Overtuigd dat het goed komt, ging ze slapen.",
		"Ken jij iemand die op zoek is naar een baan? Wij zoeken iemand die in dienst wil komen.",
	} {
		if fs := runGrammar(t, text); len(fs) != 0 {
			t.Errorf("%q: false alarms %s", text, describeFindings(fs))
		}
	}
}

// falseAlarmLimit is the target: at most one finding per 1,000 sentences
// of correct Dutch.
const falseAlarmLimit = 1.0

// TestGrammarRealProse counts findings on the correct prose of
// testdata/prose-dt-nl.txt (written for this test: news, LinkedIn posts,
// chat, questions, homographs, participles, imperatives) and of the
// spelling package's prose; every finding there is a false alarm.
func TestGrammarRealProse(t *testing.T) {
	for _, path := range []string{"testdata/prose-dt-nl.txt", "../spelling/testdata/prose-nl.txt"} {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		sentences := len(checker.NewDoc(text, checker.Options{Lang: "nl"}).Sentences())
		fs := runGrammar(t, text)
		rate := 1000 * float64(len(fs)) / float64(sentences)
		if rate > falseAlarmLimit {
			t.Errorf("%s: %d false alarms in %d sentences (%.2f per 1,000, limit %.0f): %s", path, len(fs), sentences, rate, falseAlarmLimit, describeFindings(fs))
		}
		if path == "testdata/prose-dt-nl.txt" && sentences < 1000 {
			t.Errorf("%s has %d sentences; the measure needs at least 1,000", path, sentences)
		}
	}
}

func describeFindings(fs []checker.Finding) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, fmt.Sprintf("%s %q -> %v", f.Rule, f.Text, f.Suggestions))
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, "; ")
}
