package checker

import (
	"fmt"
	"net"
	"strings"
)

// Point 1: publish nothing that is company-confidential.

var confidentialWording = &Rule{
	ID: "confidential-wording", Point: 1, Severity: Error,
	Check: func(d *Doc, report Report) {
		for _, m := range WordList("confidential").Find(d) {
			msg := d.T(
				fmt.Sprintf("“%s” wijst op informatie die niet naar buiten mag. Bedrijfsgevoelige informatie hoort niet in een openbaar bericht.", d.Text[m.Start:m.End]),
				fmt.Sprintf("“%s” signals information that is not meant for the outside world. Company-confidential information does not belong in a public post.", d.Text[m.Start:m.End]))
			report(m.Start, m.End, withNote(msg, m.Entry.NoteFor(d)))
		}
	},
	Examples: []Example{
		{Text: "Dit is <m>strikt vertrouwelijk</m>, maar ik kan het niet laten: we gaan verhuizen!"},
		{Text: "Mooie cijfers in de <m>interne memo</m> van vandaag."},
		{Text: "Ik heb een <m>NDA</m> getekend, dus meer kan ik niet zeggen over de klant."},
		{Text: "Sneak peek of our new app, <m>not yet announced</m>!"},
		{Text: "Je sollicitatie wordt uiteraard vertrouwelijk behandeld."},
		{Text: "Wil je een vertrouwelijk gesprek? Onze vertrouwenspersoon staat voor je klaar."},
		{Text: "Wij zoeken een collega voor de afdeling Interne Communicatie."},
		{Text: "Your application will be treated as confidential."},
	},
}

var unreleasedFigures = &Rule{
	ID: "unreleased-figures", Point: 1, Severity: Warning,
	Check: func(d *Doc, report Report) {
		terms := WordList("figures").Find(d)
		for _, s := range d.Sentences() {
			if !hasFigure(d, s) {
				continue
			}
			for _, m := range terms {
				if m.Start >= s.Start && m.End <= s.End {
					report(m.Start, m.End, d.T(
						"Cijfers over omzet, winst of resultaten: zijn ze al officieel gepubliceerd? Zo niet, dan zijn ze bedrijfsgevoelig.",
						"Figures about revenue, profit or results: have they been published officially? If not, they are company-confidential."))
				}
			}
		}
	},
	Examples: []Example{
		{Text: "Trots: onze <m>omzet</m> groeide in Q3 met 18 %."},
		{Text: "Our <m>revenue</m> is up 20% this quarter, and we are hiring."},
		{Text: "Lees ons jaarverslag op de website."},
		{Text: "De winst van vandaag: 12 nieuwe collega's die elkaar al een beetje kennen."},
		{Text: "Wat een winst dat we elkaar weer zien."},
	},
}

// hasFigure reports whether a sentence holds an amount or a quarter: a
// number with %, € or "miljoen" nearby, or Q1–Q4, "kwartaal", "quarter".
func hasFigure(d *Doc, s Span) bool {
	idx := d.tokensIn(s)
	for k, i := range idx {
		w := d.lowerToken(i)
		switch {
		case w == "q1" || w == "q2" || w == "q3" || w == "q4",
			strings.HasPrefix(w, "kwarta"), strings.HasPrefix(w, "quarter"),
			w == "%" || w == "€" || w == "$" || w == "miljoen" || w == "million" || w == "procent" || w == "percent":
			return true
		case d.Tokens[i].Kind == Number && k+2 < len(idx) && d.lowerToken(idx[k+2]) == "euro":
			return true
		}
	}
	return false
}

var internalLink = &Rule{
	ID: "internal-link", Point: 1, Severity: Warning,
	Check: func(d *Doc, report Report) {
		for _, t := range d.Tokens {
			if t.Kind == URL && (isInternalHost(urlHost(t.Text)) || d.Org.isInternal(urlHost(t.Text))) ||
				t.Kind == Email && d.Org.isInternal(urlHost(t.Text)) {
				report(t.Start, t.End, d.T(
					"Deze link wijst naar een interne omgeving (intranet, gedeelde map of intern adres). Buitenstaanders kunnen hem niet openen, en hij verraadt hoe jullie systemen heten.",
					"This link points to an internal environment (intranet, shared folder or internal address). Outsiders cannot open it, and it reveals what your systems are called."))
			}
		}
	},
	Examples: []Example{
		{Text: "Alle details staan op <m>https://intranet.bedrijf.nl/nieuws/fusie</m>."},
		{Text: "Check <m>https://bedrijf.sharepoint.com/sites/sales/plan.pptx</m> voor de planning."},
		{Text: "Dashboard: <m>http://192.168.1.20:8080/status</m>"},
		{Org: Org{InternalDomains: []string{"corp-acme.nl"}}, Text: "Zie <m>https://wiki.corp-acme.nl/roadmap</m> of mail <m>team@ops.corp-acme.nl</m>"},
		{Org: Org{InternalDomains: []string{"corp-acme.nl"}}, Text: "Zie https://www.acme.nl/roadmap voor meer."},
		{Text: "Lees meer op https://www.rijksoverheid.nl/onderwerpen/werk."},
		{Text: "Ons nieuwe intranet is live, en collega's zijn er blij mee!"},
	},
}

// urlHost returns the lower-case host name of a URL token.
func urlHost(u string) string {
	u = lower(u)
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#"); i >= 0 {
		u = u[:i]
	}
	if i := strings.LastIndexByte(u, '@'); i >= 0 {
		u = u[i+1:]
	}
	if h, _, err := net.SplitHostPort(u); err == nil {
		u = h
	}
	return u
}

var internalLabels = set("intranet", "intra", "internal", "intern", "corp", "local", "lan", "localhost")

var internalServices = []string{".sharepoint.com", ".atlassian.net", "teams.microsoft.com"}

func isInternalHost(host string) bool {
	if ip := net.ParseIP(host); ip != nil {
		return ip.IsPrivate() || ip.IsLoopback()
	}
	for _, label := range strings.Split(host, ".") {
		if internalLabels[label] {
			return true
		}
	}
	for _, s := range internalServices {
		if strings.HasSuffix(host, s) {
			return true
		}
	}
	return false
}

// withNote adds a list entry's note to a message.
func withNote(msg, note string) string {
	if note == "" {
		return msg
	}
	return msg + " " + note
}
