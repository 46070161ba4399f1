package checker

import (
	"sort"
	"strings"
)

// Options say how to read a post.
type Options struct {
	Lang    string // language of the post: "auto" or "" (detect), "nl" or "en"
	Locale  string // language of the messages: "nl" (default) or "en"
	Network string // target network id (see Networks); "" means linkedin
	Org     Org    // the organisation's own names, terms and choices
	// Disabled lists rule ids switched off in the settings.
	Disabled []string
	// Ignore lists findings the user ignored in this draft, by Finding.Key.
	Ignore []string
	// Speller checks spelling (point 20); nil switches that check off.
	Speller Speller
}

// Doc is a post prepared for the rules: the text, its tokens and what the
// options resolved to. It caches what rules share, so one Doc belongs to
// one goroutine.
type Doc struct {
	Text    string
	Tokens  []Token
	Lang    string // "nl" or "en"
	Locale  string // "nl" or "en"
	Network Network
	Org     Org
	Speller Speller // nil: no spelling check

	disabled map[string]bool
	ignore   map[string]bool

	content   []int              // indexes of the non-space tokens, built on first use
	lowered   []string           // tokens in lower case, filled on first use
	found     map[string][]Match // word-list matches by list name
	sentences []Span             // filled on first use
	positions map[string][]int   // content indexes by lower-case word
}

// NewDoc tokenizes text and resolves the options.
func NewDoc(text string, opts Options) *Doc {
	d := &Doc{Text: text, Tokens: Tokenize(text), Locale: "nl", Org: opts.Org, Speller: opts.Speller}
	d.disabled, d.ignore = setOf(opts.Disabled), setOf(opts.Ignore)
	if opts.Locale == "en" {
		d.Locale = "en"
	}
	d.Network = NetworkByIDOrDefault(opts.Network)
	switch opts.Lang {
	case "nl", "en":
		d.Lang = opts.Lang
	default:
		d.Lang = DetectLanguage(d.Tokens)
	}
	return d
}

// T picks the Dutch or the English message for the user's locale.
func (d *Doc) T(nl, en string) string {
	if d.Locale == "en" {
		return en
	}
	return nl
}

// Check runs every rule on text and returns the findings in order of their
// start offset. No span is reported twice: when rules agree on a span, the
// most severe finding stays.
func Check(text string, opts Options) []Finding {
	return CheckDoc(NewDoc(text, opts))
}

// CheckDoc is Check on a prepared document.
func CheckDoc(d *Doc) []Finding {
	var out []Finding
	for _, r := range allRules {
		if !d.disabled[r.ID] {
			out = append(out, runRule(r, d)...)
		}
	}
	return tidy(d.Text, out, d.ignore)
}

// runRule collects one rule's findings.
func runRule(r *Rule, d *Doc) []Finding {
	var out []Finding
	r.Check(d, func(start, end int, msg string, sugg ...string) {
		out = append(out, Finding{
			Rule: r.ID, Point: r.Point, Severity: r.Severity,
			Start: start, End: end, Message: msg, Suggestions: sugg,
		})
	})
	return out
}

// tidy sorts findings, drops repeated spans and ignored findings, and fills
// in the text of each.
func tidy(text string, fs []Finding, ignore map[string]bool) []Finding {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Severity > b.Severity
	})
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		if n := len(out); n > 0 && f.Start == out[n-1].Start && f.End == out[n-1].End {
			continue
		}
		f.Text = text[f.Start:f.End]
		if ignore[f.Key()] {
			continue
		}
		if f.Suggestions == nil {
			f.Suggestions = []string{}
		}
		out = append(out, f)
	}
	return out
}

// Key identifies a finding across edits of the text: the rule and the
// text it is about, so ignoring "kortingscode" once keeps it ignored when
// the user types elsewhere.
func (f Finding) Key() string { return f.Rule + ":" + f.Text }

func setOf(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// Counts says how many findings of each severity there are.
func Counts(fs []Finding) (errors, warnings, infos int) {
	for _, f := range fs {
		switch f.Severity {
		case Error:
			errors++
		case Warning:
			warnings++
		default:
			infos++
		}
	}
	return
}

// lower is strings.ToLower, named for how rules use it: to compare words.
func lower(s string) string { return strings.ToLower(s) }
