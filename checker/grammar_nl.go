package checker

// Point 20, Dutch grammar: real words in the wrong place. "Het word tijd"
// has no typo a dictionary can see, yet it is the error Dutch readers
// notice first. These rules read the sentence around a verb to find who
// its subject is, and whether an auxiliary makes it a participle.
//
// # Design
//
// What a word can be comes from the dictionary the speller already loads:
// OpenTaal tags every suffix of its affix file ("ts:VB3" is the present
// with -t, "ts:VBpe" a participle with -e, "ts:NN2" a plural), and
// spelling.DutchForms turns those tags into classes for every form
// (VerbLexicon, grammar_lexicon.go). So "vind" is a stem, "vindt" its -t
// form, "gebeurd" a participle and "land" both a stem and a noun, for
// every verb the dictionary knows; there is no verb list here. The
// sentence is cut into clauses at commas and conjunctions
// (grammar_clause.go), and a rule speaks only where the clause leaves one
// reading: a subject pronoun at its start ("hij vind"), an inverted one
// ("wordt je" after "Morgen", not after "Dit"), an auxiliary before a
// form in -t ("is gebeurt"), none at all before a participle ("dit
// gebeurd vaak"). A form that may be something else ("land", "las",
// "beantwoord") is left alone unless the context rules the other reading
// out. Without a Dutch dictionary the rules are silent.
//
// Beside the subject rules stand rules for one construction each: the
// passive with "je" as indirect object (dt-passive, grammar_passive.go),
// a clause without a finite verb whose sound-alike stands in its place
// (dt-soundalike), a separable verb whose particle names the verb
// (dt-particle), the imperative where the sentence shows one
// (dt-imperative), a tense that a word of time contradicts (dt-tense,
// grammar_tense.go) and a separable verb written apart where its parts
// meet (separable-verb, grammar_separable.go).
//
// # Measurements (go run ./cmd/eval-grammar; developed on odd rows)
//
// LanguageTool's 74 d/t phrases: right correction first on 77.0 % (odd
// rows 91.9 %, held-out even rows 62.2 %; without the idiom list 75.7 %);
// hunspell catches none. Its d/t example sentences: 8 of 9. Our own 256
// whole sentences with one slip each (testdata/dt-errors-nl.tsv): 157
// right; 56 of the misses are no Dutch word at all and go to the
// spelling rule. False alarms: none on the 5,016 sentences of
// testdata/prose-dt-nl.txt (about half of them written by reviews to sit
// close to the rules) and the 216 of spelling/testdata/prose-nl.txt, none
// on any corrected text, none on the corrected sentences of all 348
// LanguageTool examples; on HateCheck-NL's 3,038 test cases one finding,
// a real slip in the case ("Je kun" -> "kunt"). A 3,000-character post:
// 0.4 ms while typing (BenchmarkDTRules), about 0.8 ms for a post whose
// words are new. The
// phrases are fragments cut from sentences: most misses lack the words
// that would decide ("maar houdt er wel rekening mee": an imperative, or
// a second verb of a subject named before?), and the rules would rather
// miss than guess.

var dtEnding = &Rule{
	ID: "dt-ending", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachClause(d, report, (*gram).checkPresent) },
	Examples: []Example{
		{Lang: "nl", Text: "Het <m>word</m> tijd dat we beginnen."},
		{Lang: "nl", Text: "Als je het niet erg <m>vind</m>, bel ik je morgen."},
		{Lang: "nl", Text: "<m>Wordt</m> je ook zo moe van al die regels?"},
		{Lang: "nl", Text: "Ik <m>wordt</m> er blij van."},
		{Lang: "nl", Text: "Hier <m>vind</m> u het jaarverslag."},
		{Lang: "nl", Text: "Op onze website <m>vindt</m> je meer informatie."},
		// After "je", a weak pronoun or a plural cannot be the subject.
		{Lang: "nl", Text: "Hoe <m>vindt</m> je het?"},
		// With "jij" right behind it a form is finite, not a participle.
		{Lang: "nl", Text: "<m>Gebruikt</m> jij ook een agenda?"},
		// "kunt" and "hebt" agree with jij alone; a verb of finding
		// before a determiner has "je" as its subject.
		{Lang: "nl", Text: "Hier <m>kunt</m> je alles lezen. Hier <m>vindt</m> je de vacatures."},
		{Lang: "nl", Text: "Jij kunt je aanmelden. Deze baan biedt je de ruimte."},
		// Something one finds put first is the object, so "je" is the
		// subject; nobody finds themselves an overview.
		{Lang: "nl", Text: "Meer informatie <m>vindt</m> je op onze website."},
		{Lang: "nl", Text: "<m>Vind</m> u een compleet overzicht van de prijzen."},
		{Lang: "nl", Text: "Meer informatie vindt u op onze website. Mijn baas vindt je goed. Maak u geen zorgen."},
		// After the determiner a stem is the noun: "het bedrijf", "ons team".
		{Lang: "nl", Text: "Het werk <m>bied</m> veel. Ons team <m>houd</m> van koffie."},
		{Lang: "nl", Text: "Het werk biedt veel. Ons team houdt van koffie. Ons helpt het."},
		// After a noun phrase that opens the sentence, a stem that is also
		// a noun is the verb when nothing else can be.
		{Lang: "nl", Text: "Mijn dochter <m>raad</m> elk jaar wat ze krijgt."},
		{Lang: "nl", Text: "Een goed boek en een kop koffie. Mijn dochter raadt het altijd. Een jaar werk in één presentatie."},
		{Lang: "nl", Text: "Een goede leider <m>onderscheid</m> zich door te luisteren."},
		// A passive without a subject; "Hetzelfde" and a sentence's "Dat"
		// before a stem that is also a noun, where no other verb follows.
		{Lang: "nl", Text: "Hier <m>word</m> hard gewerkt. Hetzelfde <m>geld</m> voor ons. Dat <m>geld</m> ook voor jou."},
		{Lang: "nl", Text: "Hier word je goed geholpen. Dat geld is van mij. Hetzelfde geld kun je niet twee keer uitgeven."},
		{Lang: "nl", Text: "Hetzelfde geld voor minder werk. Hetzelfde geld voor een betere auto."},
		{Lang: "nl", Text: "Lisa <m>zoek</m> nog twee collega's voor haar team."},
		{Lang: "nl", Text: "Ik <m>belt</m> u volgende week. Ik <m>houdt</m> jullie op de hoogte."},
		{Lang: "nl", Text: "Ik bel u volgende week. Dat vind jij toch ook?"},
		// "u" as the indirect object of "is"; "je" as the object after "jullie".
		{Lang: "nl", Text: "Is u dat bekend? Het is u vast opgevallen. Jullie kunt je nog aanmelden."},
		{Lang: "nl", Text: "Hoe <m>werk</m> de cursus? Wanneer <m>verhuis</m> Thomas?"},
		{Lang: "nl", Text: "Wat <m>vindt</m> je van ons nieuwe logo? Wat <m>denkt</m> je ervan?"},
		// "je" as a possessive, or "wat" as the subject.
		{Lang: "nl", Text: "Wat vindt je moeder van het logo? Wat valt je op?"},
		{Lang: "nl", Text: "Met een <m>lacht</m> en een traan namen we afscheid. Dat was een goede <m>vraagt</m>."},
		// "een" as a pronoun, and an adjective as the noun, before a verb.
		{Lang: "nl", Text: "Een blije komt altijd terug. Een lacht, de ander huilt."},
		// "wat" may stand before a noun; a subject pronoun after the stem.
		{Lang: "nl", Text: "Wat werk doe je? Waar werk je? Hoe werkt de cursus?"},
		{Lang: "nl", Text: "Mijn collega Sanne <m>vind</m> het een goed idee. De klant uit Gent <m>vind</m> het prima."},
		// A fronted object before its inverted subject.
		{Lang: "nl", Text: "De klant uit Gent vind ik aardig. Mijn collega Sanne vindt het prima."},
		// A name before a comma calls the reader; a plural subject.
		{Lang: "nl", Text: "Lisa, zoek jij dat even uit? Lisa en Ahmed zoeken collega's."},
		{Lang: "nl", Text: "Wij betalen de huur, en dat <m>geld</m> niet alleen voor ons. Ik weet dat een vrijstelling <m>geld</m> voor iedereen."},
		// Another verb in the clause, a noun phrase, or a headline without a verb.
		{Lang: "nl", Text: "Ik hoop dat het lukt en dat geld geen probleem is. Ik weet dat een vrijstelling geld voor iedereen oplevert."},
		{Lang: "nl", Text: "Elke student geld voor boeken. Ik weet dat dit geld voor de huur is."},
		{Lang: "nl", Text: "Lees de gids waarin <m>word</m> beschreven hoe het werkt."},
		{Lang: "nl", Text: "Lees de gids waarin wordt beschreven hoe het werkt. Waar word je blij van?"},
		// A subordinate clause's last word is its verb, also when it is a
		// noun too, and "wie" is a subject of its own.
		{Lang: "nl", Text: "Zodra de zon <m>schijn</m>, gaan we. Wie conflicten <m>vermijd</m>, lost niets op."},
		{Lang: "nl", Text: "Zodra de zon schijnt, gaan we. Wie ik vermijd, weet ik niet. Als de klant koning is, wint iedereen."},
		// "Het" and a form in t before another verb are a noun phrase.
		{Lang: "nl", Text: "Het <m>onderhoudt</m> van de machines doen we zelf."},
		// Right after "wat" or "of", "dat" is the subject, and the clause
		// needs its verb.
		{Lang: "nl", Text: "Wat dat <m>inhoud</m>, hoor je morgen. Of dat echt <m>werk</m>, weten we pas later."},
		{Lang: "nl", Text: "Wat dat inhoudt, hoor je morgen. Ik weet niet of dat klopt. Wat dat betreft zit het goed."},
		{Lang: "nl", Text: "Of het werk nu thuis of op kantoor gebeurt, maakt niet uit."},
		// After a preposition "het" is an article; after "tot" or "voor"
		// it may be the subject of a clause.
		{Lang: "nl", Text: "Aan het <m>eindt</m> van de dag gaan we naar huis."},
		{Lang: "nl", Text: "Aan het eind van de dag gaan we naar huis. Wacht tot het eindt. Kom voor het eindt."},
		{Lang: "nl", Text: "Het onderhoudt de machines. Het onderhoud van de machines doen we zelf."},
		// "je" before a noun may be "your"; in a subordinate clause a noun
		// after the subject may be the object of a verb still to come; a
		// "wat" clause put first is the subject.
		{Lang: "nl", Text: "Als je fiets kapot is, bel ons. Omdat hij werk heeft, kan hij niet. Wat je niet weet, deert je niet. Werkt je wifi weer?"},
		// "kan" is a modal before it is the stem of "kanten".
		{Lang: "nl", Text: "Dit kan niet op zondag. Dat mag ook niet."},
		// A condition put as a question, answered by "dan"; "het" before
		// an adjective without -e stands alone.
		{Lang: "nl", Text: "<m>Houdt</m> je van koffie, dan ben je hier goed. Hoe <m>houdt</m> je het vol?"},
		{Lang: "nl", Text: "Valt je iets op, dan horen we het graag. Houd je van koffie, dan ben je hier goed."},
		{Lang: "nl", Text: "Valt je straks iets op, dan horen we het. Of het werkt weten we pas morgen. Onze gids ontvangt je bij de ingang."},
		// A condition answered by a request and "dan"; "je" with only
		// adverbs after it; a verb of knowing takes the clause after it as
		// its object, so "je" is the subject.
		{Lang: "nl", Text: "<m>Verhuist</m> je binnenkort, geef dan je nieuwe adres door. <m>Merkt</m> je ook dat het drukker wordt?"},
		{Lang: "nl", Text: "Verhuis je binnenkort, geef dan je adres door. Valt je op, geef dan een seintje. Verbaast je dat? Valt je ook op dat het drukker wordt?"},
		// A bare noun opening the sentence before a stem is its subject.
		{Lang: "nl", Text: "Oma <m>snijd</m> de taart aan."},
		{Lang: "nl", Text: "Oma snijdt de taart aan. Taart snijd ik zelf."},
		// After a subordinate clause a closing participle makes it passive.
		{Lang: "nl", Text: "Als het kan, <m>word</m> de taart morgen bezorgd."},
		{Lang: "nl", Text: "Als het kan, wordt de taart morgen bezorgd. Als je durft, word de beste versie van jezelf."},
		{Lang: "nl", Text: "Op deze pagina <m>vindt</m> je alle vacatures."},
		{Lang: "nl", Text: "Dan valt je het verschil meteen op. Hoe vindt je team het? Helpt je dat?"},
		// Worden takes no object: a noun phrase after "word" is its subject.
		{Lang: "nl", Text: "Volgende week <m>word</m> de nieuwe website gelanceerd."},
		{Lang: "nl", Text: "Morgen word ik de nieuwe voorzitter. Word de beste versie van jezelf!"},
		// A question has no imperative: the noun phrase is the subject.
		{Lang: "nl", Text: "Wat <m>vind</m> de klant van het voorstel?"},
		{Lang: "nl", Text: "Wat vind ik ervan? Kies de optie die past."},
		// After "mijn" or "onze" comes a noun, not a verb.
		{Lang: "nl", Text: "Mijn <m>antwoordt</m> is nee."},
		{Lang: "nl", Text: "Mijn antwoord is nee. Dat is mijn last niet."},
		{Lang: "nl", Text: "Dit <m>geld</m> natuurlijk ook voor freelancers."},
		{Lang: "nl", Text: "Maar dat <m>wilt</m> niet zeggen dat het makkelijk is."},
		// Nouns that look like verb stems stay nouns.
		{Lang: "nl", Text: "Het land is klein, maar de wind is sterk en het geld is op."},
		// "je" after the verb as a possessive or an object keeps the t.
		{Lang: "nl", Text: "Morgen wordt je fiets opgehaald. Dit helpt je verder."},
		// An object put first: the subject follows the verb.
		{Lang: "nl", Text: "Dat vind ik mooi, en het land vind je prachtig."},
		// "Meld u aan" is an imperative.
		{Lang: "nl", Text: "Meld u aan via de website."},
		{Lang: "nl", Text: "Word je ook zo moe? Als je het niet erg vindt, vind je hier hulp."},
		// "word het", "word dat": worden takes no object.
		{Lang: "nl", Text: "Morgen <m>word</m> het warm, en volgens mij <m>word</m> dat niks."},
		// "zich" goes with the third person.
		{Lang: "nl", Text: "Daar <m>bevind</m> zich de ingang. Het station bevindt zich daar."},
		// A subordinate clause that runs on without a comma.
		{Lang: "nl", Text: "Als hij zich niet <m>houd</m> aan de afspraak, bel ik."},
		// A plural phrase first cannot be the subject of a verb in t.
		{Lang: "nl", Text: "Deze producten <m>vindt</m> je in elke winkel."},
		{Lang: "nl", Text: "Op de foto <m>ziet</m> je hoe het werkt."},
		{Lang: "nl", Text: "Deze producten vind je overal. De kinderen vinden je aardig. Op de foto zie je hoe het werkt."},
		// An object "je" may come before the subject.
		{Lang: "nl", Text: "Dan valt je natuurlijk op dat het druk is. Soms bekruipt je toch het gevoel dat het klopt."},
		// Other languages are left alone.
		{Lang: "en", Text: "Het word tijd."},
	},
}

var dtParticiple = &Rule{
	ID: "dt-participle", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachClause(d, report, (*gram).checkParticiple) },
	Examples: []Example{
		{Lang: "nl", Text: "Dan ben je maar voor de helft <m>beschermt</m>."},
		// A present form the dictionary leaves without a class.
		{Lang: "nl", Text: "De storing is <m>herstelt</m>. Hij herstelt snel."},
		{Lang: "nl", Text: "Er wordt veel aandacht <m>besteedt</m> aan veiligheid."},
		{Lang: "nl", Text: "Wat er gisteren is <m>gebeurt</m>, weet niemand."},
		// "en" between two numbers joins no clauses.
		{Lang: "nl", Text: "Het pakket wordt tussen negen en twaalf uur <m>bezorgt</m>."},
		{Lang: "nl", Text: "Het moet nog <m>vermeldt</m> worden."},
		{Lang: "nl", Text: "Dit <m>gebeurd</m> vaak in de zomer."},
		{Lang: "nl", Text: "Wat <m>gebeurd</m> er met mijn gegevens?"},
		{Lang: "nl", Text: "In de praktijk <m>betekend</m> dit meer werk."},
		// "zijn" before a noun is his, not a verb.
		{Lang: "nl", Text: "Hij <m>besteed</m> veel tijd aan zijn kinderen."},
		{Lang: "nl", Text: "Hij <m>verhuisd</m> volgende maand naar Utrecht."},
		// An adjective in -e never stands beside a bare pronoun.
		{Lang: "nl", Text: "Gisteren <m>verbrande</m> ik het oude papier. Het duurde langer dan ik <m>verwachte</m>."},
		{Lang: "nl", Text: "Gisteren verbrandde ik het oude papier. Het verwachte resultaat bleef uit."},
		{Lang: "nl", Text: "Wat er gisteren is gebeurd, weet niemand. Dit gebeurt vaak."},
		// "is" after "Wat hij bedoelt" belongs to the main clause.
		{Lang: "nl", Text: "Wat hij bedoelt is dat we moeten kiezen."},
		// A headline without a verb, and an auxiliary that "en" shares.
		{Lang: "nl", Text: "Alles verhuisd! Ik heb de kast geverfd en het bed verhuisd."},
		// A relative clause closed without a comma.
		{Lang: "nl", Text: "De man die alles bepaalt is ziek."},
		// The auxiliary comes first, the participle last.
		{Lang: "nl", Text: "Ik ben gisteren met het hele team verhuisd."},
		// Past tense and participle before a noun.
		{Lang: "nl", Text: "De <m>verbrandde</m> fiets lag in de sloot."},
		{Lang: "nl", Text: "Hij <m>verbrande</m> het oude papier."},
		{Lang: "nl", Text: "Gisteren <m>melde</m> ik me ziek."},
		{Lang: "nl", Text: "Gisteren meldde ik me ziek. Hij ruste in vrede. Zij beide kwamen te laat."},
		// Beside a word of past time no subjunctive is meant.
		{Lang: "nl", Text: "Het vliegtuig <m>lande</m> gisteravond laat. Gisteren <m>lande</m> het pas om tien uur."},
		{Lang: "nl", Text: "Het vliegtuig landde gisteravond laat. Hij ruste in vrede. Toen landde hij."},
		{Lang: "nl", Text: "De verbrande fiets lag in de sloot; hij verbrandde het papier."},
		// "Dat" with a finite verb opens a main clause.
		{Lang: "nl", Text: "Dat heb ik nooit <m>beweert</m>."},
		// A question or condition that opens with its verb.
		{Lang: "nl", Text: "<m>Gebeurd</m> er iets, bel me dan."},
		// Right after "zich" the verb is finite when nothing else is.
		{Lang: "nl", Text: "Omdat zij zich <m>verveeld</m>, gaat ze naar buiten."},
		{Lang: "nl", Text: "Dat heb ik nooit beweerd. Gebeurt er iets, bel dan. Hij heeft zich verveeld."},
		// A clause has one finite verb: after "komt", "bekent" is "bekend".
		{Lang: "nl", Text: "Komt dit u niet <m>bekent</m> voor?"},
		{Lang: "nl", Text: "Komt dit u niet bekend voor? Ik denk hij verhuist. Ik hoop het verandert."},
		// A participle that ends a subordinate clause before a comma.
		{Lang: "nl", Text: "Wat dit <m>betekend</m>, lees je hier."},
		{Lang: "nl", Text: "Wat dit betekent, lees je hier. Als dit gewenst, bel ons."},
		// The subject after a question word, or a "dat" that opens no
		// clause; a determiner that opens the sentence; "je" after a noun
		// phrase; an adjective before an object pronoun; a condition.
		{Lang: "nl", Text: "Wanneer <m>verhuisd</m> Thomas? Hopelijk <m>veranderd</m> dat snel. Dat argument <m>bepaald</m> mij."},
		{Lang: "nl", Text: "Sanne <m>vertegenwoordigd</m> ons bedrijf op de beurs."},
		{Lang: "nl", Text: "Alle gegevens zijn goed <m>beveiligt</m>."},
		// "zijn" before a noun phrase is the possessive.
		{Lang: "nl", Text: "Dat is zijn goed recht. Zijn gratis cursus verbetert."},
		// A headline's passive has no object.
		{Lang: "nl", Text: "Sanne benoemd tot directeur."},
		{Lang: "nl", Text: "De app <m>beschermd</m> je. Het <m>verbaasd</m> me. Als u morgen <m>betaald</m>, ontvangt u korting."},
		{Lang: "nl", Text: "Wanneer verhuisd, bel ons. Echt verrast dat het zo snel ging! Zoals u gewend, ontvangt u korting."},
		{Lang: "nl", Text: "De klant gewend aan snelle levering, verwacht dat weer. Hopelijk geregeld dat alles klaar is."},
	},
}

// eachClause runs a clause check over every clause of a Dutch post.
func eachClause(d *Doc, report Report, check func(*gram, *Doc, clause, Report)) {
	eachSentence(d, report, func(g *gram, d *Doc, cs []clause, report Report) {
		for _, c := range cs {
			check(g, d, c, report)
		}
	})
}

// eachSentence runs a check over the clauses of every sentence of a
// Dutch post, for rules that look across a sentence's clauses.
func eachSentence(d *Doc, report Report, check func(*gram, *Doc, []clause, Report)) {
	lx := verbLexiconOf(d)
	if lx == nil {
		return
	}
	g := &gram{lx: lx}
	for _, cs := range readClauses(d, g) {
		check(g, d, cs, report)
	}
}

var jouJouw = &Rule{
	ID: "jou-jouw", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachClause(d, report, (*gram).checkJouJouw) },
	Examples: []Example{
		{Lang: "nl", Text: "Is deze jas van <m>jouw</m>?"},
		{Lang: "nl", Text: "Ik ga morgen met <m>jou</m> auto naar Utrecht."},
		{Lang: "nl", Text: "Is deze jas van jou? Ik ga met jouw auto, en jou en jouw team bel ik morgen."},
		{Lang: "nl", Text: "Ik heb voor jou boeken gekocht. Kom je naar jou thuis?"},
		{Lang: "nl", Text: "Is dit <m>jou</m> laptop? Hoe was <m>jou</m> eerste werkdag?"},
		{Lang: "nl", Text: "Is jou dat ook opgevallen? Was jou dat bekend? Is dit jouw laptop? Is jou iets opgevallen?"},
	},
}

var uUw = &Rule{
	ID: "u-uw", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachClause(d, report, (*gram).checkUUw) },
	Examples: []Example{
		{Lang: "nl", Text: "Deze brochure is speciaal voor <m>uw</m>."},
		{Lang: "nl", Text: "Wij regelen alles voor <m>u</m> bedrijf."},
		{Lang: "nl", Text: "<m>Uw</m> wordt binnenkort gebeld."},
		{Lang: "nl", Text: "Uw wil is wet."},
		// "u" as the subject of "bent", or the indirect object of a passive.
		{Lang: "nl", Text: "Bent u klant bij ons? Er is u hulp aangeboden."},
		{Lang: "nl", Text: "Deze brochure is voor u. Wij regelen alles voor uw bedrijf, ook bij u thuis."},
	},
}

var hunHen = &Rule{
	ID: "hun-hen", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachClause(d, report, (*gram).checkHunHen) },
	Examples: []Example{
		{Lang: "nl", Text: "We feliciteren Lisa en Ahmed met <m>hen</m> diploma."},
		{Lang: "nl", Text: "Ik heb voor hen boeken gekocht. Ik praat morgen met hen."},
		{Lang: "nl", Text: "We hebben veel te danken aan <m>hun</m>."},
		{Lang: "nl", Text: "<m>Hun</m> hebben de wedstrijd gewonnen."},
		{Lang: "nl", Text: "We danken hen. Hun team heeft gewonnen, en hun leven verandert."},
		{Lang: "nl", Text: "Ik gaf hun het boek, met hun en onze kinderen."},
		// A participle or "te" after "met hun" closes the phrase.
		{Lang: "nl", Text: "Ik heb met <m>hun</m> gesproken over de planning en probeer met <m>hun</m> te praten."},
		{Lang: "nl", Text: "Ik heb met hen gesproken. Met hun gesproken tekst ben ik blij. Ze kwamen met hun te kleine tent."},
		// After a verb with only a direct object, "hun" without a noun.
		{Lang: "nl", Text: "Ik zie <m>hun</m> morgen. We bedanken <m>hun</m> voor de inzet."},
		{Lang: "nl", Text: "Ik zie hen morgen. Ik zie hun kinderen morgen. Ik geef hun morgen het boek."},
	},
}

var alsDan = &Rule{
	ID: "als-dan", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachClause(d, report, (*gram).checkAlsDan) },
	Examples: []Example{
		{Lang: "nl", Text: "Onze website is overzichtelijker <m>als</m> de oude versie."},
		// A clause after "als" is a condition; after some comparatives "als" is "as".
		{Lang: "nl", Text: "Het is beter als de klant belt. Hij is bekender als de zanger."},
		{Lang: "nl", Text: "Er kwamen meer <m>als</m> 200 mensen op af."},
		{Lang: "nl", Text: "Het resultaat is beter <m>als</m> verwacht."},
		{Lang: "nl", Text: "Er kwamen meer dan 200 mensen. Het werkt beter als je oefent."},
		{Lang: "nl", Text: "Het is zo groot als 10 voetbalvelden."},
		// A pronoun or a name and nothing more after "als".
		{Lang: "nl", Text: "Zij is ouder <m>als</m> ik. Dit is een grotere <m>als</m> Kees. Hij is groter <m>als</m> zijn broer."},
		{Lang: "nl", Text: "Ik voel me beter als ik slaap. Hij was groter als kind. Ik ken hem beter als Sjaak."},
	},
}

var meMijn = &Rule{
	ID: "me-mijn", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachClause(d, report, (*gram).checkMeMijn) },
	Examples: []Example{
		{Lang: "nl", Text: "Ik ga zaterdag met <m>me</m> vriendin naar de film."},
		{Lang: "nl", Text: "Ik ga met mijn vriendin. Hij kwam naar me toe en keek naar me."},
		{Lang: "nl", Text: "Kom gerust bij me thuis langs."},
		{Lang: "nl", Text: "Dat is <m>me</m> nieuwe stoel."},
		// An article, an adjective or a participle after "me".
		{Lang: "nl", Text: "Het is me een raadsel. Dat is me duidelijk. Dat is me opgevallen. Is me iets ontgaan?"},
	},
}

var zeiZij = &Rule{
	ID: "zei-zij", Point: 20, Severity: Warning,
	Check: func(d *Doc, report Report) { eachClause(d, report, (*gram).checkZeiZij) },
	Examples: []Example{
		{Lang: "nl", Text: "<m>Zei</m> is mijn nieuwe collega."},
		{Lang: "nl", Text: "Hij <m>zij</m> dat het goed ging."},
		{Lang: "nl", Text: "Hij <m>zij</m> gisteren dat het goed ging. Zij <m>zij</m> dat het klopt."},
		{Lang: "nl", Text: "Zij is mijn collega. Hij zei dat het goed ging. Zei hij dat?"},
		{Lang: "nl", Text: "Ze liepen zij aan zij. Hij, zij en ik gaan."},
	},
}
