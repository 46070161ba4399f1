package checker

import (
	"math/big"
	"regexp"
	"strings"
)

// Point 1 (and 19): numbers that identify a person or an account. Each
// detector validates the number's own check digits, so ordinary numbers,
// dates, prices and phone numbers do not fire.

var bsnNumber = &Rule{
	ID: "bsn", Point: 1, Severity: Error,
	Check: func(d *Doc, report Report) {
		for _, s := range findValid(d, bsnPattern, isBSN) {
			report(s.Start, s.End, d.T(
				"Dit is waarschijnlijk een burgerservicenummer (het klopt met de elfproef). Een BSN is vertrouwelijk en hoort nooit in een bericht.",
				"This is probably a Dutch citizen service number (BSN; it passes the eleven test). A BSN is confidential and never belongs in a post."))
		}
	},
	Examples: []Example{
		{Text: "Mijn BSN is <m>111222333</m>, kun je dat even checken?"},
		{Text: "Klantnummer: <m>123.456.782</m>"},
		{Text: "Ordernummer 123456789 is verzonden."},
		{Text: "Bel me op +31 612345678 of 0612345678."},
		{Text: "We hebben 1.234.567 euro opgehaald."},
	},
}

var ibanNumber = &Rule{
	ID: "iban", Point: 1, Severity: Error,
	Check: func(d *Doc, report Report) {
		for _, s := range findValid(d, ibanPattern, isIBAN) {
			report(s.Start, s.End, d.T(
				"Dit is een geldig IBAN-rekeningnummer. Zet rekeningnummers, van jezelf of van anderen, niet in een openbaar bericht.",
				"This is a valid IBAN bank account number. Keep account numbers, yours or anyone's, out of public posts."))
		}
	},
	Examples: []Example{
		{Text: "Maak het bedrag over naar <m>NL91ABNA0417164300</m>."},
		{Text: "Rekening: <m>NL91 ABNA 0417 1643 00</m> t.n.v. de vereniging"},
		{Text: "Rekening NL91ABNA0417164301 klopt niet."},
		{Text: "Zie artikel NL12 van de regeling."},
	},
}

var cardNumber = &Rule{
	ID: "card-number", Point: 1, Severity: Error,
	Check: func(d *Doc, report Report) {
		for _, s := range findValid(d, cardPattern, isCardNumber) {
			report(s.Start, s.End, d.T(
				"Dit lijkt een betaalkaartnummer (het klopt met de Luhn-controle). Deel nooit kaartnummers in een bericht.",
				"This looks like a payment card number (it passes the Luhn check). Never share card numbers in a post."))
		}
	},
	Examples: []Example{
		{Text: "Mijn creditcard <m>4111 1111 1111 1111</m> werkt niet."},
		{Text: "Kaart: <m>5500-0000-0000-0004</m>"},
		{Text: "Bestelling 4111 1111 1111 1112 is onderweg."},
		{Text: "Bel 020 123 4567 voor informatie."},
	},
}

var (
	// A BSN: nine digits, possibly grouped with dots or spaces (3-3-3 or 4-2-3).
	bsnPattern = regexp.MustCompile(`(?:^|[^\d+.,:/-])(\d{9}|\d{3}[. ]\d{3}[. ]\d{3}|\d{4}\.\d{2}\.\d{3})(?:$|[^\d,:/-]|[.,]\D|[.,]$)`)
	// An IBAN: country, check digits and 11 to 30 letters or digits, written
	// in one piece or in groups of four.
	ibanPattern = regexp.MustCompile(`\b([A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?))\b`)
	// A card number: 13 to 19 digits, possibly in groups split by spaces or dashes.
	cardPattern = regexp.MustCompile(`(?:^|[^\d])(\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,4}(?:[ -]?\d{1,3})?)(?:$|[^\d])`)
)

// findValid returns the spans of the pattern's first group that pass valid.
// A BSN right after a country code ("+31 612345678") is a phone number.
// The pattern only runs on the regions that can hold such a number, so
// ordinary text costs almost nothing.
func findValid(d *Doc, re *regexp.Regexp, valid func(string) bool) []Span {
	var out []Span
	for _, r := range candidateRegions(d.Text, 9) {
		for _, m := range re.FindAllStringSubmatchIndex(d.Text[r.Start:r.End], -1) {
			s := Span{r.Start + m[2], r.Start + m[3]}
			if valid(d.Text[s.Start:s.End]) && !afterCountryCode(d.Text[:s.Start]) {
				out = append(out, s)
			}
		}
	}
	return out
}

// candidateRegions are the stretches of digits, capitals and separators
// with at least minDigits digits, widened by one character on each side so
// the patterns can see their boundaries.
func candidateRegions(text string, minDigits int) []Span {
	var out []Span
	for i := 0; i < len(text); {
		if !isIDChar(text[i]) {
			i++
			continue
		}
		j, digits := i, 0
		for j < len(text) && isIDChar(text[j]) {
			if text[j] >= '0' && text[j] <= '9' {
				digits++
			}
			j++
		}
		if digits >= minDigits {
			out = append(out, Span{max(i-1, 0), min(j+1, len(text))})
		}
		i = j
	}
	return out
}

func isIDChar(c byte) bool { return idChars[c] }

// idChars are the bytes that may occur in a number with its separators,
// an IBAN or a postcode.
var idChars = func() (t [256]bool) {
	for _, c := range []byte("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ .-+()") {
		t[c] = true
	}
	return t
}()

func afterCountryCode(before string) bool {
	before = strings.TrimRight(before, " ")
	return strings.HasSuffix(before, "+31") || strings.HasSuffix(before, "0031")
}

func digitsOf(s string) []int {
	var out []int
	for _, r := range s {
		if r >= '0' && r <= '9' {
			out = append(out, int(r-'0'))
		}
	}
	return out
}

// isBSN applies the eleven test: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple
// of 11, and not zero.
func isBSN(s string) bool {
	d := digitsOf(s)
	if len(d) != 9 {
		return false
	}
	sum := -d[8]
	for i := 0; i < 8; i++ {
		sum += (9 - i) * d[i]
	}
	return sum != 0 && sum%11 == 0
}

// ibanLengths are the lengths of the IBANs of the countries Dutch writers
// meet most; other countries' numbers are not checked.
var ibanLengths = map[string]int{"NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "LU": 20, "ES": 24, "IT": 27, "AT": 20, "IE": 22}

// isIBAN checks the length for the country and the mod-97 check digits.
func isIBAN(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if n, ok := ibanLengths[s[:2]]; !ok || len(s) != n {
		return false
	}
	var b strings.Builder
	for _, r := range s[4:] + s[:4] {
		if r >= 'A' && r <= 'Z' {
			b.WriteString(big.NewInt(int64(r - 'A' + 10)).String())
		} else {
			b.WriteRune(r)
		}
	}
	n, ok := new(big.Int).SetString(b.String(), 10)
	return ok && new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}

// isCardNumber checks length, a known card prefix and the Luhn digit.
func isCardNumber(s string) bool {
	d := digitsOf(s)
	if len(d) < 13 || len(d) > 19 || !strings.ContainsAny(s[:1], "3456") {
		return false
	}
	sum := 0
	for i := range d {
		v := d[len(d)-1-i]
		if i%2 == 1 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum%10 == 0
}
