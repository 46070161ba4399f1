package spelling

import (
	"math"
	"strings"
	"sync"
)

// No dictionary here has word counts, yet for a short misspelling they
// decide: "heeb" is one edit from "heb", "heel", "heen" and "heer", and a
// writer means "heb" far more often than the rest. These are the commonest
// words of written Dutch as people use them in posts, mails and chats,
// written out for this package from general knowledge of the language
// (function words, the forms of the commonest verbs, everyday nouns and
// adjectives), roughly most frequent first. A word on the list gets a
// bonus that fades with its place; the rest of the ranking stays the
// error model's.
const commonDutch = `
de het een en van ik te dat die in je is niet op wat zijn er met we ze
maar voor hij dit aan als ook om zo nog naar dan heb bij moet was wel of
kan mijn me al uit nu hier geen wil heeft door over jij hem u nee ja hoe
waar weet goed gaan had worden wordt kunnen zou ben waarom deze daar
moeten zal toch ons mij iets komt alles veel doen gaat meer heel kom doe
niets even gewoon weer zij hun haar nooit altijd tot dus omdat want toen
alle andere tegen na zonder tussen onder sinds tijdens zelf iemand
niemand twee drie eerste nieuwe jaar dag tijd mensen man vrouw kinderen
kind werk huis keer week vandaag morgen gisteren vaak soms misschien
echt zeker graag samen verder weg terug mee toe af waren werd kon zouden
moest mag wilde ging kwam zag zei zegt gedaan gemaakt gekomen gegaan
gehad geweest gezien laten laat maken maakt zien ziet komen krijgen
krijgt geven geeft staat zit ligt houden vinden vindt vond denk denkt
dacht weten wist werken werkt nemen blijft vragen vraag vroeg praten
hoor kijk kijken helpen hebt bent kunt wilt zult gaat doet zie zeg
beter beste goede mooi mooie leuk leuke oud oude jong grote groot klein
kleine lang lange hoog weinig minder meeste elke ieder iedereen alleen
precies natuurlijk helemaal eigenlijk zeer erg best steeds bijna
ongeveer volgens ander hele welke wie zoals zodat terwijl voordat
jou jouw onze jullie hen zich elkaar mezelf jezelf zichzelf
vier vijf zes zeven acht negen tien honderd duizend miljoen
dank bedankt fijn blij trots nieuws vragen antwoord klant klanten
bedrijf team mensen project plan idee manier deel plek stad land wereld
leven geld werk school vriend vrienden familie ouders moeder vader
hand hoofd ogen oog water eten huis auto weekend avond ochtend middag
nacht uur minuut minuten jaren dagen weken maanden tijden eind begin
ervan erin erop eraan ermee ervoor daarom daarna daarbij daarmee
daarvan toen nadat omdat waarin waarop waarvan waarmee hierbij
hierin hiervan dezelfde hetzelfde zulke zulk zelfs pas net nét reeds
al alweer opnieuw bovendien echter toch immers namelijk juist vooral
heb hadden hebben heeft waren geworden geweest gebeurt gebeurd
zegt zeggen spreken lezen schrijven schreef horen hoort kijkt helpt
betalen kopen wonen woont loopt lopen spelen speelt denken
`

// commonRank maps a common word to its place on the list (0 is the
// commonest).
var commonRank = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for i, w := range strings.Fields(commonDutch) {
		if _, ok := m[w]; !ok {
			m[w] = i
		}
	}
	return m
})

// commonBonus is the prior's reward for a common word: weight for the
// commonest, fading to about half of it at the end of the list.
func commonBonus(w string, weight float64) float64 {
	i, ok := commonRank()[w]
	if !ok {
		return 0
	}
	return weight / (1 + math.Log1p(float64(i)/64))
}
