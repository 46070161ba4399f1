package checker

// Rule is one check: small, declarative and proven by its own examples.
type Rule struct {
	ID       string // stable id, e.g. "undisclosed-advertising"
	Point    int    // the policy point (1–20) the rule serves
	Severity Severity
	// Check reads the document and reports each span it is about.
	Check func(d *Doc, report Report)
	// Examples: texts with <m>…</m> around every span the rule must report,
	// and texts without markers on which it must stay silent.
	Examples []Example
}

// Report records a finding for the rule being run. The message is one or
// two sentences in the user's language, saying what and why; suggestions
// come best first.
type Report func(start, end int, message string, suggestions ...string)

// Example is a text a rule must or must not trigger on.
type Example struct {
	Text    string // "<m>" and "</m>" mark the expected spans; none means the rule stays silent
	Lang    string // post language; "" means detect
	Network string // "" means the default network
	Org     Org    // the organisation's settings, if the rule uses them
}

// Rules returns every rule, in the order their findings are listed when
// several share a span.
func Rules() []*Rule { return allRules }

var allRules = []*Rule{
	confidentialWording,
	unreleasedFigures,
	internalLink,
	bsnNumber,
	ibanNumber,
	cardNumber,
	undisclosedAdvertising,
	possibleAdvertising,
	buriedDisclosure,
	shouting,
	hostilePunctuation,
	networkLength,
	hashtagLimit,
	spokespersonPhrasing,
	mixedVoice,
	personalDisclaimer,
	phoneNumber,
	postcode,
	streetAddress,
	emailAddress,
	emptyHome,
	childDetails,
	needsSource,
	absoluteClaim,
	audienceReminder,
	coolingOff,
	embarrassingContent,
	mediaReminder,
	thirdPartyMaterial,
	trademarkSign,
	quotingColleague,
	defensiveReply,
	hardToReadRule,
	lowValue,
	confidentialTerm,
	watchedBrand,
	orgNetwork,
	misspelling,
	insult,
	hostileAccusation,
	threat,
	profanity,
	derogatoryGeneralisation,
	slur,
	dtEnding,
	dtParticiple,
	dtPassive,
	dtSoundAlike,
	dtParticle,
	dtImperative,
	dtIdiom,
	separableVerb,
	dtTense,
	jouJouw,
	uUw,
	hunHen,
	alsDan,
	comparisonCase,
	meMijn,
	zeiZij,
	verbNumber,
	notReflexive,
}

// RuleByID finds a rule by its id.
func RuleByID(id string) (*Rule, bool) {
	for _, r := range allRules {
		if r.ID == id {
			return r, true
		}
	}
	return nil, false
}
