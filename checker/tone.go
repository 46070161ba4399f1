package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Point 7: don't pick fights. Capitals and rows of exclamation marks read as
// shouting, whatever the words say.

var shouting = &Rule{
	ID: "shouting", Point: 7, Severity: Warning,
	Check: func(d *Doc, report Report) {
		for _, s := range capsRuns(d) {
			report(s.Start, s.End, d.T(
				"Tekst in hoofdletters leest als schreeuwen en komt al snel boos over. Schrijf gewone zinnen; wil je iets benadrukken, zeg dan waarom het belangrijk is.",
				"Text in capitals reads as shouting and easily comes across as angry. Write normal sentences; to stress something, say why it matters."),
				sentenceCase(d, s))
		}
	},
	Examples: []Example{
		{Text: "<m>DIT IS ECHT ONACCEPTABEL</m>, wie verzint zoiets?"},
		{Text: "Zijn jullie nou helemaal <m>GESCHIFT</m>?"},
		{Text: "<m>STOP WITH THIS NONSENSE</m> right now."},
		{Text: "Mooi bericht van de NOS en de KPN over ICT in het mkb."},
		{Text: "Vandaag bij ABN AMRO over AI en de AVG."},
		{Text: "Dit is een gewoon bericht zonder hoofdletters."},
	},
}

// capsRuns finds runs of words in capitals that are more than acronyms: at
// least three words and ten letters, two words of five letters or more, or
// one word of seven letters or more. Words in a run may be separated by
// spaces and punctuation, but not by a word in lower case.
func capsRuns(d *Doc) []Span {
	var out []Span
	var run []Token
	flush := func() {
		if isShouting(run) {
			out = append(out, Span{run[0].Start, run[len(run)-1].End})
		}
		run = run[:0]
	}
	for _, t := range d.Tokens {
		switch {
		case t.Kind == Word && isCaps(t.Text):
			run = append(run, t)
		case t.Kind == Word || t.Kind == Number || t.Kind == Abbrev || t.Kind == Space && strings.Contains(t.Text, "\n"):
			flush()
		}
	}
	flush()
	return out
}

func isShouting(run []Token) bool {
	letters, long := 0, 0
	for _, t := range run {
		n := countLetters(t.Text)
		letters += n
		if n >= 5 {
			long++
		}
	}
	switch {
	case len(run) >= 3 && letters >= 10, long >= 2:
		return true
	case len(run) == 1:
		return letters >= 7
	}
	return false
}

// isCaps reports whether a word has two or more letters, all upper case.
func isCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

func countLetters(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// sentenceCase is the span in lower case, with a capital when the span
// starts a sentence.
func sentenceCase(d *Doc, s Span) string {
	out := strings.ToLower(d.Text[s.Start:s.End])
	before := strings.TrimRightFunc(d.Text[:s.Start], unicode.IsSpace)
	if before == "" || strings.ContainsAny(before[len(before)-1:], ".!?") {
		r, size := utf8.DecodeRuneInString(out)
		out = string(unicode.ToUpper(r)) + out[size:]
	}
	return out
}

var hostilePunctuation = &Rule{
	ID: "hostile-punctuation", Point: 7, Severity: Info,
	Check: func(d *Doc, report Report) {
		for _, s := range bangRuns(d) {
			run := d.Text[s.Start:s.End]
			fix := "!"
			if strings.Contains(run, "?") {
				fix = "?"
			}
			report(s.Start, s.End, d.T(
				"Een rij uitroep- of vraagtekens komt al snel boos of schreeuwerig over. Eén teken is genoeg.",
				"A row of exclamation or question marks easily comes across as angry or shouting. One is enough."), fix)
		}
	},
	Examples: []Example{
		{Text: "Waarom duurt dit zo lang<m>???</m>"},
		{Text: "Ongelooflijk<m>!?!</m> Wie heeft dit bedacht"},
		{Text: "Wat een mooie dag!"},
		{Text: "Echt waar?! Gefeliciteerd!!"},
	},
}

// bangRuns finds three or more "!" and "?" in a row.
func bangRuns(d *Doc) []Span {
	var out []Span
	for i := 0; i < len(d.Text); {
		if d.Text[i] != '!' && d.Text[i] != '?' {
			i++
			continue
		}
		j := i
		for j < len(d.Text) && (d.Text[j] == '!' || d.Text[j] == '?') {
			j++
		}
		if j-i >= 3 {
			out = append(out, Span{i, j})
		}
		i = j
	}
	return out
}
