package checker

// A wclass says what a word does in a sentence, as far as the tone rules
// need to know. Closed word classes are grammar, not vocabulary, so they
// live here rather than in the word lists.
type wclass uint32

const (
	cNeg      wclass = 1 << iota // niet, geen, nooit: turns a claim around
	cNobody                      // niemand: denies a good quality ("voor niemand belangrijk")
	cFirst                       // ik, me, mijn, we: the writer
	cSecond                      // je, jij, jullie: the reader
	cThird                       // hij, zij, hem: one other person
	cPlural                      // ze, hen, jullie: may point back to a group
	cCopula                      // zijn, is, vind: "X zijn ...", "ik vind X ..."
	cWill                        // wil, ga, zal, moet: intent or a call to act
	cPassive                     // word, werd: "werd vermoord" reports
	cSub                         // dat, omdat, maar: starts a clause
	cQuestion                    // waarom, hoe: starts a question
	cLink                        // de, een, alle, dan: may stand between a word and its group
	cHead                        // mensen, wezens: nouns that keep a word about the group
	cObject                      // voor, aan, van: the object of a feeling ("hekel aan")
	cPrep                        // any preposition: "bij jullie" is no subject
	cAlways                      // altijd, weer
	cNever                       // nooit, never
	cCue                         // wat (een), zo'n, stel: someone is being called something
	cFiller                      // gewoon, morgen, kan: words that change nothing here
	cFlip                        // vergeet: "vergeet niet dat ..." asserts
	cAccused                     // jullie, jij: whom "nooit" and "altijd" may accuse
)

// grammar files the closed-class words under their classes; a word may
// have several ("jullie" is the reader, a plural and the accused).
var grammar = []struct {
	class wclass
	words string
}{
	{cNeg, "niet geen nooit tegenovergestelde allesbehalve never not no opposite don't doesn't didn't won't can't cannot isn't aren't wasn't weren't wouldn't shouldn't"},
	{cNobody, "niemand nobody"},
	{cFirst, "ik me mij mezelf mijzelf mijn m'n we wij ons onze onszelf i my myself mine us our ourselves"},
	{cSecond, "je jij jou jouw jullie u uw you your yourself yourselves y'all"},
	{cThird, "hij hem zij ze haar he him she"},
	{cPlural, "ze zij hen hun jullie they them their"},
	{cCopula, "ben bent is zijn was waren blijft blijven lijkt lijken vind vindt vinden am are were be find"},
	{cWill, "wil wilt willen wilde wilden wou wouden ga gaat gaan zal zult zullen zou zouden moet moeten moest moesten laten laat verdien verdient verdienen hoop hoopt hopen wens wenst overweeg overweegt will gonna going want wanna wants should must shall deserve deserves let's hope wish"},
	{cPassive, "word wordt worden werd werden geworden is zijn was waren been get got gets are were"},
	{cSub, "dat omdat hoe waarom terwijl want maar wanneer zodat hoewel nadat voordat tenzij zodra doordat that because how why while but if when although though unless whereas"},
	{cQuestion, "waarom hoe wat wie wanneer waar welke why how what who when where which"},
	{cLink, "de het een die deze dat dit al alle allemaal zulke zo'n zo zoveel jullie dan als soort enkele sommige meeste hier daar the a an these those all such so than as some most"},
	{cHead, "mensen personen persoon wezens soort types volk figuren people persons creatures kind sort"},
	{cObject, "voor aan van op jegens met rond om for of about at with around"},
	{cPrep, "voor aan van op jegens bij met naar over tegen zonder door uit om in onder tussen achter for with to at from about against without by in on of"},
	{cAlways, "altijd steeds telkens alweer weer constant always constantly again"},
	{cNever, "nooit nergens never"},
	{cAccused, "jullie jij you y'all"},
	{cFlip, "vergeet vergeten twijfel ontken forget doubt deny"},
	{cCue, "zo'n stel stelletje typisch zoals vuile vieze smerige irritante enorme totale echte what such typical like dirty filthy"},
	{cFiller, "en of and or zelf gewoon echt morgen vandaag nu straks ooit allemaal nog ook wel even eens zeker maar toch dan meteen direct serieus graag gewoonweg enorm erg heel zo ontzettend totaal voel voelt heb hebt heeft koester kan kunnen kon konden mag mogen just really tomorrow today now all can could may"},
}
