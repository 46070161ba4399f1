package checker

import (
	"fmt"
	"strings"
	"unicode"
)

// Point 18: add value. A post people can read, with more to it than tags.

// minReadabilityWords is how long a post must be before a readability
// score means anything.
const minReadabilityWords = 40

// hardToRead is the score below which a post counts as hard to read: on
// both scales, below 30 is text for university graduates.
const hardToRead = 30

// Readability scores a text from 0 (very hard) to 100 (very easy): Flesch–
// Douma for Dutch, Flesch reading ease for English. ok is false when the
// text has too few words for a meaningful score.
func Readability(d *Doc) (score float64, ok bool) {
	words, syllables := 0, 0
	for i, t := range d.Tokens {
		if t.Kind == Word {
			words++
			syllables += countSyllables(d.lowerToken(i), d.Lang)
		}
	}
	sentences := 0
	for _, s := range d.Sentences() {
		if strings.IndexFunc(d.Text[s.Start:s.End], unicode.IsLetter) >= 0 {
			sentences++
		}
	}
	if words < minReadabilityWords || sentences == 0 {
		return 0, false
	}
	asl, asw := float64(words)/float64(sentences), float64(syllables)/float64(words)
	if d.Lang == "en" {
		score = 206.835 - 1.015*asl - 84.6*asw
	} else {
		score = 206.835 - 0.93*asl - 77*asw
	}
	return max(0, min(100, score)), true
}

// countSyllables counts groups of vowels; in English a silent final "e"
// does not count. Good enough for a readability score, not for hyphenation.
func countSyllables(w, lang string) int {
	n, inVowel := 0, false
	for _, r := range w {
		v := isVowel(r)
		if v && !inVowel {
			n++
		}
		inVowel = v
	}
	if lang == "en" && n > 1 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") {
		n--
	}
	return max(n, 1)
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouyáéíóúàèëïöüâêîôû", r) }

var hardToReadRule = &Rule{
	ID: "hard-to-read", Point: 18, Severity: Info,
	Check: func(d *Doc, report Report) {
		score, ok := Readability(d)
		if !ok || score >= hardToRead {
			return
		}
		s := longestSentence(d)
		scale := d.T("Flesch-Douma", "Flesch reading ease")
		report(s.Start, s.End, d.T(
			fmt.Sprintf("Leesbaarheid %.0f van 100 (%s): moeilijk te lezen. Kortere zinnen en kortere woorden maken je bericht toegankelijker; dit is de langste zin.", score, scale),
			fmt.Sprintf("Readability %.0f out of 100 (%s): hard to read. Shorter sentences and shorter words make your post more accessible; this is the longest sentence.", score, scale)))
	},
	Examples: []Example{
		{Lang: "nl", Text: "<m>De implementatie van de organisatiebrede digitaliseringsstrategie vereist een fundamentele heroverweging van bestaande bedrijfsprocessen, informatievoorzieningsarchitecturen en verantwoordelijkheidsverdelingen tussen verschillende organisatieonderdelen, waarbij stakeholdermanagement en veranderingsbereidheid cruciale randvoorwaarden vormen voor een succesvolle transformatie die uiteindelijk moet resulteren in toekomstbestendige dienstverlening.</m> Implementatiebegeleiding vindt plaats conform overeengekomen projectmanagementmethodieken."},
		{Lang: "nl", Text: "We zijn er klaar voor. Vandaag gaat de nieuwe site live. Kijk even mee en zeg wat je ervan vindt. We horen het graag van je. Dank aan het hele team voor het harde werk van de afgelopen weken. Jullie zijn top. Morgen vieren we het met taart op kantoor."},
	},
}

// longestSentence is the sentence with the most bytes.
func longestSentence(d *Doc) Span {
	var best Span
	for _, s := range d.Sentences() {
		if s.End-s.Start > best.End-best.Start {
			best = s
		}
	}
	return best
}

var lowValue = &Rule{
	ID: "low-value", Point: 18, Severity: Info,
	Check: func(d *Doc, report Report) {
		words, tags := 0, 0
		for _, t := range d.Tokens {
			switch t.Kind {
			case Word:
				words++
			case Hashtag:
				tags++
			}
		}
		if tags == 0 || words >= 3 && tags <= words {
			return
		}
		start := len(d.Text) - len(strings.TrimLeftFunc(d.Text, unicode.IsSpace))
		end := len(strings.TrimRightFunc(d.Text, unicode.IsSpace))
		report(start, end, d.T(
			"Dit bericht bestaat vooral uit hashtags. Vertel in een paar zinnen wat je wilt delen en waarom het de lezer iets oplevert.",
			"This post is mostly hashtags. Say in a few sentences what you want to share and why it matters to the reader."))
	},
	Examples: []Example{
		{Text: "<m>#maandag #motivatie #werk</m>"},
		{Text: "<m>Mooi! #teamwork #trots #succes #groei</m>"},
		{Text: "Vandaag hebben we ons nieuwe kantoor geopend. #trots"},
	},
}
