package checker

import (
	"strings"
	"testing"
)

// toneRules are the rules respect.go lists.
var toneRules = map[string]bool{"insult": true, "hostile-accusation": true, "threat": true,
	"profanity": true, "derogatory-generalisation": true, "slur": true}

// toneFindings returns the findings of the tone rules of at least severity
// min, as "rule:text".
func toneFindings(text string, min Severity) []string {
	var out []string
	for _, f := range Check(text, Options{}) {
		if toneRules[f.Rule] && f.Severity >= min {
			out = append(out, f.Rule+":"+f.Text)
		}
	}
	return out
}

// Ordinary posts, many of them naming groups, religions or nationalities in
// a friendly or factual way, or discussing politics with respect, must get
// no tone warning: a false alarm costs trust faster than a miss.
var respectfulPosts = []string{
	"Trots op onze Marokkaans-Nederlandse collega's die dit jaar het Suikerfeest met het hele team vierden.",
	"Vrouwen in tech: een inspirerend event met sprekers uit de hele sector. Dank aan iedereen die kwam!",
	"Onze afdeling heeft drie nieuwe collega's: een vluchteling uit Syrië, een student en een oud-docent. Welkom!",
	"Vandaag op de Pride in Amsterdam met ons regenbooghesje. Iedereen hoort erbij, homo's, lesbiennes en transpersonen.",
	"Mensen met een beperking lopen nog steeds tegen drempels aan bij sollicitaties. Wij passen onze procedure aan.",
	"De gemeenteraad sprak gisteren over de opvang van asielzoekers. Ik ben het niet met alle partijen eens, maar het debat was respectvol.",
	"De PVV wil minder migratie, GroenLinks wil meer opvang. Ik denk dat we vooral moeten kijken naar wat werkt.",
	"Klimaatverandering is een bedreiging voor kwetsbare ouderen; daarom investeren we in koele ruimtes.",
	"Vrouwen in de bouw krijgen vaak domme opmerkingen. Dat moet anders, en wij beginnen bij onszelf.",
	"Het is walgelijk om te zeggen dat vrouwen dom zijn. Toch hoor ik het nog steeds op verjaardagen.",
	"Ik haat moslims niet, ik haat alleen onrecht. Daarom werk ik bij een stichting voor rechtshulp.",
	"Wie zegt dat immigranten lui zijn, heeft nooit met ze samengewerkt in de kassen van het Westland.",
	"Mijn moeder overleed vorig jaar aan kanker; daarom fiets ik mee met de Alpe d'HuZes.",
	"De Dom in Utrecht is prachtig in de ochtendzon. Wat een stad om in te werken!",
	"Onze labrador teef kreeg vannacht zes pups. De hele afdeling wil er een.",
	"Ik krijg die pot pindakaas echt niet open. Iemand een tip?",
	"Zij snapte er geen flikker van, en ik eerlijk gezegd ook niet. Gelukkig legde de trainer het nog eens uit.",
	"Gisteren de Dam tot Damloop gelopen: doodmoe maar heel trots op het team.",
	"We schieten vandaag foto's op het congres; kom langs bij onze stand.",
	"Ajax speelde slecht, maar de supporters bleven zingen. Volgende week beter!",
	"Ik haat files, maar de podcast van vanochtend maakte veel goed.",
	"Ik was toen echt een sukkel met Excel. Nu geef ik er les in. Iedereen kan het leren.",
	"Sorry dat ik gisteren zo chagrijnig was in de vergadering. Ik had slecht geslapen.",
	"Jullie staan altijd voor ons klaar, dank je wel voor de hulp bij de verhuizing!",
	"Jullie laten ons nooit in de steek. Wat een team.",
	"Bij jullie is het nooit saai! Tot volgend jaar.",
	"Jullie zijn altijd welkom om langs te komen op de nieuwe locatie.",
	"Nieuw onderzoek: jongeren lezen minder dan tien jaar geleden. Wat kunnen bibliotheken doen?",
	"Onze Poolse en Roemeense collega's in het distributiecentrum verdienen een bedankje voor hun inzet deze kerst.",
	"Op 4 mei herdenken we de joden, Roma en Sinti en alle anderen die in de oorlog werden vermoord.",
	"Drie vrouwen werden vorig jaar in onze stad vermoord door hun partner. Praat erover, bel 0800-2000.",
	"Vluchtelingen worden te vaak als criminelen weggezet. Dat vooroordeel klopt niet met de cijfers.",
	"Wat een dom idee van mij om zonder paraplu te gaan. Doorweekt op kantoor!",
	"Is het niet geweldig dat er dit jaar meer vrouwen dan mannen zijn afgestudeerd in de informatica?",
	"Hoe kunnen we ouderen beter helpen met digitale zaken? Ik hoor graag jullie ideeën.",
	"Great panel today with women in leadership. Proud of our team!",
	"Refugees are not a threat; they are neighbours. Our volunteers prove it every week.",
	"I hate Mondays, but this one started with great coffee and a new colleague from Poland.",
	"Saying that immigrants are lazy is simply wrong. The data shows the opposite.",
	"Mijn collega is Turks-Nederlands en de beste projectleider die ik ken.",
	"De kinderen van groep 8 bedachten zelf een spel over discriminatie. Wat een slimme meiden en jongens!",
	"Het nieuwe beleid voor zwangere vrouwen is een flinke stap vooruit.",
	"Geen enkele vluchteling hoeft bij ons lang te wachten op een intake.",
	"Wij zijn een groep vrouwen die samen een bedrijf runnen. Ja, dat kan!",
	"Ik zie jullie nooit meer, nu iedereen thuiswerkt. Borrel vrijdag?",
	"We gaan de concurrentie verslaan met betere service, niet met lagere prijzen.",
	"Wetenschappers zijn het erover eens dat meer groen in de stad helpt tegen hitte.",
	"Gisteren met het team naar de film. Wat een beesten van speciale effecten!",
	"Het leven van een zzp'er is niet altijd makkelijk, maar ik zou niet anders willen.",
	// Hostile-looking words in ordinary use.
	"Ouderen zijn kwetsbaar voor een virus als de griep; laat je vaccineren.",
	"Ouderen zijn vaak het slachtoffer van criminelen die zich voordoen als bankmedewerker.",
	"Ouderen zijn de ergste slachtoffers van de hittegolf.",
	"Vrouwen hebben vaker last van een virus dan mannen, blijkt uit onderzoek.",
	"Wij bestrijden ongedierte bij horecazaken in heel Brabant.",
	"Het virus treft vooral ouderen en mensen met een beperking.",
	"Ik zou sterven voor mijn kinderen.",
	"Vrouwen sterven vaker aan hartfalen dan gedacht.",
	"Mijn opa is vorige week doodgegaan, ik mis hem.",
	"Ik schrik me dood als de brandweer langskomt.",
	"Het was doodgewoon een goede dag.",
	"Ik schiet je straks een mailtje, goed?",
	"Ik ga je jas ophangen, dan kun je gaan zitten.",
	"We moeten de oude regels uitroeien en opnieuw beginnen.",
	"Wij maken jullie af in de finale, zondag!",
	"Gaan jullie dood aan de saaiheid van deze vergadering? Haha.",
	"Dat is idioot, maar het werkt wel.",
	"Idioot goed, dit nieuwe album.",
	"Wat een oen ben ik, ik was de vergadering vergeten.",
	"Pik, hoe is dat mogelijk?",
	"Je kapotte platen zijn waardeloos, koop nieuwe.",
	"Mijn nicht is vandaag jarig, gefeliciteerd!",
	"De potten met verf staan in de kelder.",
	"Het paard liep kreupel na de wedstrijd.",
	"Ik heb een gruwelijke hekel aan vergaderingen zonder agenda.",
	"Ik voel woede over het geweld tegen vrouwen.",
	"Ik ben zelf moslim en ik ben het zat dat mensen denken dat we allemaal hetzelfde zijn.",
	"Ze noemden ons ongedierte, maar we zijn gebleven. Mijn verhaal als Syrische vluchteling.",
	"Het is een schande hoe gehandicapten worden behandeld door het UWV.",
	"Ik haat het als mensen zeggen dat vrouwen niet kunnen programmeren.",
	"Vrouwen zijn niet minder slim dan mannen, dat weet iedereen.",
	"Het kabinet wil asielzoekers sneller terugsturen naar hun eigen land als hun aanvraag is afgewezen.",
	"Vrouwen krijgen vaker een ziekte als reuma dan mannen.",
	"Ik vind die vluchtelingen echt zielig, we moeten helpen.",
	"De vrouwen die er waren wilden meer inspraak.",
	"Ouderen lopen een groter gevaar bij hitte.",
	"Mannen zijn vaker het slachtoffer van geweld op straat.",
	"Pas op voor oplichters die zich voordoen als medewerker van de bank.",
	// Jullie/nooit/altijd that is no accusation.
	"Jullie hoeven nooit meer in de file te staan met onze nieuwe app.",
	"Jullie doen het nooit fout bij mij.",
	"Jullie komen nooit te laat, super.",
	"Ik heb nooit gezegd dat jullie dom zijn.",
	// English.
	"I don't hate Muslims; I hate injustice.",
	"Saying that women are stupid is sexist.",
	"We killed it at the conference today!",
	"You guys always deliver on time, thank you!",
	"You people never cease to amaze me.",
}

func TestRespectfulPostsGetNoToneWarning(t *testing.T) {
	for _, p := range respectfulPosts {
		if got := toneFindings(p, Warning); len(got) > 0 {
			t.Errorf("%q: %v", p, got)
		}
	}
}

// Point 16: a pasted comment is checked like a post, and comments are short.
func TestShortCommentsAreChecked(t *testing.T) {
	for text, rule := range map[string]string{
		"Idioot!":                           "insult",
		"Wat een sukkel ben jij.":           "insult",
		"Je bent dom.":                      "insult",
		"Jullie snappen er niks van, nooit": "hostile-accusation",
		"Ik maak je af.":                    "threat",
		"Moslims zijn tuig.":                "derogatory-generalisation",
		"Vieze flikker.":                    "slur",
		"You people never listen.":          "hostile-accusation",
		"Women are stupid.":                 "derogatory-generalisation",
	} {
		if got := toneFindings(text, Warning); len(got) == 0 || !strings.HasPrefix(got[0], rule+":") {
			t.Errorf("%q: got %v, want %s", text, got, rule)
		}
	}
}

// Denials, quotes and counter-speech are not the writer's own hostility.
func TestDenialQuoteAndCounterSpeechStaySilent(t *testing.T) {
	for _, text := range []string{
		"Laat dit duidelijk zijn: ik haat vrouwen niet.",
		"Ik heb nooit gezegd dat homo's uitschot zijn.",
		"Je kan toch niet echt geloven dat alle moslims dom zijn.",
		"Uitspraken als “immigranten zijn ongedierte” horen niet op ons platform.",
		"Als je zegt \"ik haat vrouwen\", dan discrimineer je.",
		"Gehandicapten kakkerlakken noemen is echt verschrikkelijk.",
		"Ik zou nooit een vrouw pijn doen.",
		"Geen vluchteling verdient het om te sterven op zee.",
		"De levens van transgenders zijn niet minder waard dan die van anderen.",
		"Het is echt niet oké om mensen teef te noemen.",
	} {
		if got := toneFindings(text, Warning); len(got) > 0 {
			t.Errorf("%q: %v", text, got)
		}
	}
}

// Rhetorical questions and "vergeet niet" assert what they seem to deny.
func TestRhetoricalNegationStillCounts(t *testing.T) {
	for _, text := range []string{
		"Is het niet duidelijk dat ik moslims haat?",
		"Beseffen mensen echt niet dat immigranten walgelijk zijn?",
		"Vrouwen kunnen soms aardig zijn. Vergeet niet dat ze nog steeds uitschot zijn.",
	} {
		if got := toneFindings(text, Warning); len(got) == 0 {
			t.Errorf("%q: no finding", text)
		}
	}
}
