package checker

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Point 6: no hidden advertising. The Dutch advertising code for social
// media asks that a post which promotes something for a reward says so
// clearly, at a place where readers see it.

var undisclosedAdvertising = &Rule{
	ID: "undisclosed-advertising", Point: 6, Severity: Error,
	Check: func(d *Doc, report Report) {
		if len(WordList("disclosure").Find(d)) > 0 {
			return
		}
		for _, s := range promotionSignals(d) {
			report(s.Start, s.End, d.T(
				fmt.Sprintf("“%s” maakt dit bericht tot reclame, maar er staat niet bij dat het reclame is. Begin het bericht met #ad, #adv of “Advertentie”, of noem het betaalde partnerschap.", d.Text[s.Start:s.End]),
				fmt.Sprintf("“%s” makes this post an advertisement, but it does not say so. Start the post with #ad or “Advertisement”, or name the paid partnership.", d.Text[s.Start:s.End])))
		}
	},
	Examples: []Example{
		{Text: "Mijn favoriete sneakers! Met <m>kortingscode</m> LISA10 krijg je ze goedkoper."},
		{Text: "Nieuwe blender getest, <m>link in bio</m> 🍓"},
		{Text: "Shop de collectie, <m>20 % korting</m> tot zondag."},
		{Text: "Bestel hier: <m>https://shop.example.com/blender?utm_source=instagram&utm_campaign=lisa</m>"},
		{Text: "<m>Use code</m> ANNA15 for <m>15% off</m> my favourite headphones!"},
		{Text: "#ad Mijn favoriete sneakers! Met kortingscode LISA10 krijg je ze goedkoper."},
		{Text: "Advertentie | Nieuwe blender getest, link in bio 🍓"},
		{Text: "Onze nieuwe vestiging in Zwolle is open. Kom gerust langs!"},
		{Text: "Meer over de conferentie: https://example.com/conferentie"},
	},
}

// promotionSignals returns the spans of the clear promotional signals: list
// phrases and affiliate or campaign-tracking links. A percentage such as
// "20 % korting" is reported from its number on.
func promotionSignals(d *Doc) []Span {
	var out []Span
	for _, m := range WordList("promotion").Find(d) {
		out = append(out, Span{numberBefore(d, m.Start), m.End})
	}
	for _, t := range d.Tokens {
		if t.Kind == URL && isAffiliateURL(t.Text) {
			out = append(out, Span{t.Start, t.End})
		}
	}
	return out
}

// numberBefore widens a match that starts with "%" to the number before it.
func numberBefore(d *Doc, start int) int {
	if d.Text[start] != '%' {
		return start
	}
	before := strings.TrimRight(d.Text[:start], " \u00a0")
	i := len(before)
	for i > 0 && (before[i-1] >= '0' && before[i-1] <= '9' || before[i-1] == ',' || before[i-1] == '.') {
		i--
	}
	if i == len(before) {
		return start
	}
	return i
}

// isAffiliateURL spots links that earn the writer money or track a
// campaign: UTM parameters, affiliate parameters and short links of shops.
func isAffiliateURL(u string) bool {
	l := lower(u)
	for _, marker := range []string{"utm_", "affiliate", "aff_id=", "affid=", "?ref=", "&ref=", "?aff=", "&aff=", "amzn.to/", "partnerprogramma", "tradetracker", "awin1.com"} {
		if strings.Contains(l, marker) {
			return true
		}
	}
	return strings.Contains(urlHost(l), "amazon.") && strings.Contains(l, "tag=")
}

var possibleAdvertising = &Rule{
	ID: "possible-advertising", Point: 6, Severity: Info,
	Check: func(d *Doc, report Report) {
		if len(WordList("disclosure").Find(d)) > 0 || len(promotionSignals(d)) > 0 {
			return // disclosed, or already an error of undisclosed-advertising
		}
		for _, m := range WordList("promotion-weak").Find(d) {
			report(m.Start, m.End, d.T(
				"Is dit een betaalde samenwerking of kreeg je iets in ruil? Zet dan #ad of “Advertentie” aan het begin van je bericht.",
				"Is this a paid partnership, or did you get something in return? Then start your post with #ad or “Advertisement”."))
		}
	},
	Examples: []Example{
		{Text: "Deze week <m>gratis gekregen</m>: een proefpakket koffie. Heerlijk!"},
		{Text: "This dress was <m>gifted by</m> a lovely local brand."},
		{Text: "In overleg met de gemeente openen we een nieuwe locatie."},
		{Text: "#adv Deze week gratis gekregen: een proefpakket koffie."},
	},
}

var buriedDisclosure = &Rule{
	ID: "buried-disclosure", Point: 6, Severity: Info,
	Check: func(d *Doc, report Report) {
		ms := WordList("disclosure").Find(d)
		for _, m := range ms {
			if !isBuried(d, m) {
				return // one clear disclosure is enough
			}
		}
		for _, m := range ms {
			report(m.Start, m.End, d.T(
				fmt.Sprintf("%s staat verstopt tussen andere hashtags. De Reclamecode vraagt een vermelding die opvalt: zet hem aan het begin van je bericht.", d.Text[m.Start:m.End]),
				fmt.Sprintf("%s is hidden among other hashtags. The Dutch advertising code asks for a disclosure that stands out: put it at the start of your post.", d.Text[m.Start:m.End])))
		}
	},
	Examples: []Example{
		{Text: "Mijn ochtendroutine met de nieuwe serum van dit merk: eerst reinigen, dan de serum, dan zonnebrand. Link in bio.\n#skincare #glow #morning #routine <m>#ad</m> #selfcare"},
		{Text: "#ad Mijn ochtendroutine met de nieuwe serum, link in bio. #skincare #glow #morning"},
		{Text: "Advertentie. Mijn ochtendroutine met de nieuwe serum. #skincare #glow #morning #routine #ad"},
	},
}

// buriedAfter is how far into a post, in characters, a disclosure may stand
// before it counts as buried: roughly what a feed shows before "meer".
const buriedAfter = 100

// isBuried reports whether a disclosure is a hashtag in a row of at least
// four hashtags, past the first lines a reader sees.
func isBuried(d *Doc, m Match) bool {
	if d.Text[m.Start] != '#' || utf8.RuneCountInString(d.Text[:m.Start]) < buriedAfter {
		return false
	}
	return hashtagRun(d, m.Start) >= 4
}

// hashtagRun counts the hashtags in the run of hashtags, separated only by
// white space, that holds the token starting at offset.
func hashtagRun(d *Doc, offset int) int {
	content := d.contentTokens()
	for k, i := range content {
		if d.Tokens[i].Start != offset {
			continue
		}
		lo, hi := k, k
		for lo > 0 && d.Tokens[content[lo-1]].Kind == Hashtag {
			lo--
		}
		for hi+1 < len(content) && d.Tokens[content[hi+1]].Kind == Hashtag {
			hi++
		}
		return hi - lo + 1
	}
	return 0
}
