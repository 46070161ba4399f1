package checker

import "fmt"

// Point 13: pick a few networks and do them well. Each network has its own
// limits; a post that goes over them is cut off or refused.

var networkLength = &Rule{
	ID: "network-length", Point: 13, Severity: Warning,
	Check: func(d *Doc, report Report) {
		n := d.Network
		length, at := n.Measure(d.Text, d.Tokens)
		if at < 0 {
			return
		}
		unit := d.T("tekens", "characters")
		if n.unit == weighted {
			unit = d.T("tekens (links tellen als 23)", "characters (links count as 23)")
		}
		report(at, len(d.Text), d.T(
			fmt.Sprintf("Dit bericht is %d %s; %s staat er %d toe. Het gemarkeerde deel valt erbuiten: kort het bericht in.", length, unit, n.Name, n.Limit),
			fmt.Sprintf("This post is %d %s; %s allows %d. The marked part falls outside: shorten the post.", length, unit, n.Name, n.Limit)))
	},
	Examples: []Example{
		// 259 + 21 = 280 characters fit; the rest is marked.
		{Network: "x", Text: repeat("Heel veel tekst over ons mooie werk. ", 7) + "Nog eenentwintig tek.<m> Dit valt erbuiten.</m>"},
		{Network: "x", Text: repeat("Heel veel tekst over ons mooie werk. ", 7) + "Nog eenentwintig tek."},
		{Network: "x", Text: "Lees meer: https://example.com/" + repeat("a", 300)},
		{Network: "bluesky", Text: repeat("👩‍👩‍👧‍👦", 300)},
		{Network: "linkedin", Text: repeat("Heel veel tekst over ons mooie werk. ", 7)},
	},
}

var hashtagLimit = &Rule{
	ID: "hashtag-limit", Point: 13, Severity: Warning,
	Check: func(d *Doc, report Report) {
		max := d.Network.Hashtags
		if max == 0 {
			return
		}
		var tags []Token
		for _, t := range d.Tokens {
			if t.Kind == Hashtag {
				tags = append(tags, t)
			}
		}
		if len(tags) <= max {
			return
		}
		report(tags[max].Start, tags[len(tags)-1].End, d.T(
			fmt.Sprintf("%s staat hoogstens %d hashtags toe; dit bericht heeft er %d. Houd de beste over.", d.Network.Name, max, len(tags)),
			fmt.Sprintf("%s allows at most %d hashtags; this post has %d. Keep the best ones.", d.Network.Name, max, len(tags))))
	},
	Examples: []Example{
		{Network: "instagram", Text: "Zomer! " + repeat("#zon ", 30) + "<m>#zee #strand</m>"},
		{Network: "instagram", Text: "Zomer! " + repeat("#zon ", 30)},
		{Network: "linkedin", Text: "Zomer! " + repeat("#zon ", 40)},
	},
}

func repeat(s string, n int) string {
	out := make([]byte, 0, len(s)*n)
	for i := 0; i < n; i++ {
		out = append(out, s...)
	}
	return string(out)
}
