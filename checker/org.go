package checker

import (
	"fmt"
	"strings"

	"github.com/sajari/fuzzy"
)

// Org is what an organisation tells Postwijs about itself: its names, what
// is confidential, where its internal systems live, which networks it uses,
// which brands of others to watch, and whether this user may speak for it.
// The settings package stores it as TOML; the checker only reads it.
type Org struct {
	Name              string   `toml:"name"`
	Aliases           []string `toml:"aliases"`            // other names it goes by
	ConfidentialTerms []string `toml:"confidential_terms"` // project code names, unreleased products
	InternalDomains   []string `toml:"internal_domains"`   // e.g. "intra.bedrijf.nl", "bedrijf.local"
	Networks          []string `toml:"networks"`           // network ids the organisation uses
	WatchedBrands     []string `toml:"watched_brands"`     // brands of others not to use without permission
	Spokesperson      bool     `toml:"spokesperson"`       // this user may speak for the organisation
}

// orgTerm is a phrase of the organisation split into lower-case words.
type orgTerm struct {
	text  string
	words []string
}

func splitTerm(s string) orgTerm {
	return orgTerm{text: s, words: strings.Fields(lower(s))}
}

func splitTerms(xs []string) []orgTerm {
	var out []orgTerm
	for _, x := range xs {
		if t := splitTerm(x); len(t.words) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// findTerms returns where the terms occur, allowing small misspellings in
// words of five letters or more ("Projekt Zeus" for "Project Zeus"), so a
// typo does not let a code name slip through.
func findTerms(d *Doc, terms []orgTerm, fuzzyMatch bool) []Span {
	var out []Span
	content := d.contentTokens()
	for _, term := range terms {
		for i := 0; i+len(term.words) <= len(content); i++ {
			if termAt(d, content, i, term, fuzzyMatch) {
				out = append(out, Span{d.Tokens[content[i]].Start, d.Tokens[content[i+len(term.words)-1]].End})
			}
		}
	}
	return out
}

func termAt(d *Doc, content []int, i int, term orgTerm, fuzzyMatch bool) bool {
	for k, w := range term.words {
		got := d.lowerToken(content[i+k])
		if got == w || strings.TrimPrefix(got, "#") == w {
			continue
		}
		if !fuzzyMatch || len(w) < 5 || fuzzy.Levenshtein(&got, &w) > 1 {
			return false
		}
	}
	return true
}

// names are the organisation's name and aliases.
func (o Org) names() []orgTerm { return splitTerms(append([]string{o.Name}, o.Aliases...)) }

// isInternal reports whether a host is one of the organisation's internal
// domains or lies below one.
func (o Org) isInternal(host string) bool {
	for _, dom := range o.InternalDomains {
		dom = lower(strings.TrimSpace(dom))
		if dom != "" && (host == dom || strings.HasSuffix(host, "."+dom)) {
			return true
		}
	}
	return false
}

var confidentialTerm = &Rule{
	ID: "confidential-term", Point: 1, Severity: Error,
	Check: func(d *Doc, report Report) {
		for _, s := range findTerms(d, splitTerms(d.Org.ConfidentialTerms), true) {
			report(s.Start, s.End, d.T(
				fmt.Sprintf("“%s” staat in de lijst van vertrouwelijke termen van je organisatie (projectnamen, onaangekondigde producten). Noem het niet in een openbaar bericht.", d.Text[s.Start:s.End]),
				fmt.Sprintf("“%s” is on your organisation's list of confidential terms (project names, unannounced products). Don't name it in a public post.", d.Text[s.Start:s.End])))
		}
	},
	Examples: []Example{
		{Org: Org{ConfidentialTerms: []string{"Project Zeus"}}, Text: "Druk bezig met <m>Project Zeus</m>, binnenkort meer!"},
		{Org: Org{ConfidentialTerms: []string{"Project Zeus"}}, Text: "Druk bezig met <m>Projekt Zeus</m>, binnenkort meer!"},
		{Org: Org{ConfidentialTerms: []string{"Orion"}}, Text: "Het <m>#orion</m> team is geweldig."},
		{Org: Org{ConfidentialTerms: []string{"Project Zeus"}}, Text: "Druk bezig met een nieuw project, binnenkort meer!"},
		{Org: Org{ConfidentialTerms: []string{"Orion"}}, Text: "Vanavond is het sterrenbeeld Oriën goed te zien."},
	},
}

var watchedBrand = &Rule{
	ID: "watched-brand", Point: 4, Severity: Info,
	Check: func(d *Doc, report Report) {
		for _, s := range findTerms(d, splitTerms(d.Org.WatchedBrands), false) {
			report(s.Start, s.End, d.T(
				fmt.Sprintf("“%s” is een merk van een ander. Gebruik hun naam, logo of beeld alleen met toestemming, en beweer niets over hen wat je niet kunt onderbouwen.", d.Text[s.Start:s.End]),
				fmt.Sprintf("“%s” is someone else's brand. Use their name, logo or images only with permission, and claim nothing about them you cannot support.", d.Text[s.Start:s.End])))
		}
	},
	Examples: []Example{
		{Org: Org{WatchedBrands: []string{"Acme"}}, Text: "Veel beter dan <m>Acme</m>, echt waar."},
		{Org: Org{WatchedBrands: []string{"Acme"}}, Text: "Veel beter dan vorig jaar, echt waar."},
	},
}

var orgNetwork = &Rule{
	ID: "org-network", Point: 13, Severity: Info,
	Check: func(d *Doc, report Report) {
		if len(d.Org.Networks) == 0 || strings.TrimSpace(d.Text) == "" {
			return
		}
		for _, n := range d.Org.Networks {
			if n == d.Network.ID {
				return
			}
		}
		end := len(strings.TrimRight(d.Text, " \t\r\n"))
		report(0, end, d.T(
			fmt.Sprintf("Je organisatie kiest bewust voor een paar netwerken, en %s hoort daar niet bij. Liever twee netwerken goed dan vier half.", d.Network.Name),
			fmt.Sprintf("Your organisation deliberately picked a few networks, and %s is not one of them. Better two networks done well than four half.", d.Network.Name)))
	},
	Examples: []Example{
		{Org: Org{Networks: []string{"linkedin"}}, Network: "x", Text: "<m>Nieuwe collega's gezocht!</m>"},
		{Org: Org{Networks: []string{"linkedin", "x"}}, Network: "x", Text: "Nieuwe collega's gezocht!"},
		{Network: "x", Text: "Nieuwe collega's gezocht!"},
	},
}
