package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// urlLen reads a URL up to white space, then gives back trailing punctuation
// that belongs to the sentence: the full stop in "zie https://x.nl." and the
// bracket in "(zie https://x.nl)".
func urlLen(s string) int {
	n := spanWhile(s, func(r rune) bool { return !unicode.IsSpace(r) && r != '<' && r != '>' && r != '"' })
	return trimURLTail(s[:n])
}

func trimURLTail(u string) int {
	for len(u) > 0 {
		r, size := utf8.DecodeLastRuneInString(u)
		switch {
		case strings.ContainsRune(".,;:!?'’”»", r):
		case r == ')' && strings.Count(u, "(") < strings.Count(u, ")"):
		default:
			return len(u)
		}
		u = u[:len(u)-size]
	}
	return 0
}

// bareURLLen recognises a link written without scheme, such as "bit.ly/x1"
// or "postwijs.nl", in a run of non-space text. The top-level domain must be
// lower case, so a missing space in "huis.De" is not taken for a link.
func bareURLLen(chunk string) int {
	d := domainLen(chunk)
	if d == 0 {
		return 0
	}
	tld := chunk[strings.LastIndexByte(chunk[:d], '.')+1 : d]
	if tld != strings.ToLower(tld) || !knownTLD[tld] {
		return 0
	}
	if d < len(chunk) && chunk[d] == '/' {
		return trimURLTail(chunk)
	}
	return d
}

// knownTLD lists the top-level domains a bare link is recognised by. Links
// with a scheme or "www." are recognised whatever their domain.
var knownTLD = map[string]bool{
	"nl": true, "be": true, "com": true, "org": true, "net": true, "eu": true, "io": true,
	"de": true, "fr": true, "uk": true, "co": true, "ly": true, "me": true, "to": true,
	"app": true, "dev": true, "info": true, "biz": true, "tv": true, "gov": true, "edu": true,
	"ai": true, "gl": true, "gg": true, "social": true, "shop": true, "online": true, "amsterdam": true,
	"frl": true, "site": true, "xyz": true, "link": true, "page": true,
}

// domainLen reads a host name of at least two labels whose last label has
// two or more letters: "bedrijf.nl", "mail.example.com".
func domainLen(s string) int {
	end, labels, lastStart := 0, 0, 0
	for i := 0; ; {
		n := spanWhile(s[i:], isHostRune)
		if n == 0 {
			break
		}
		labels++
		lastStart = i
		end = i + n
		if end >= len(s) || s[end] != '.' {
			break
		}
		i = end + 1
	}
	if labels < 2 {
		return 0
	}
	last := s[lastStart:end]
	if len(last) < 2 || strings.IndexFunc(last, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return 0
	}
	return end
}

func isHostRune(r rune) bool {
	return r < utf8.RuneSelf && (r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r))
}

// emailLen reads "naam@bedrijf.nl" at the start of a run of non-space text.
func emailLen(chunk string) int {
	at := strings.IndexByte(chunk, '@')
	if at <= 0 {
		return 0
	}
	local := chunk[:at]
	if strings.IndexFunc(local, func(r rune) bool {
		return !(isHostRune(r) || strings.ContainsRune("._%+", r))
	}) >= 0 {
		return 0
	}
	if d := domainLen(chunk[at+1:]); d > 0 {
		return at + 1 + d
	}
	return 0
}

// abbrevLen reads two or more single letters each followed by a period:
// "o.a.", "t.n.v.", "d.w.z.".
func abbrevLen(chunk string) int {
	i, count := 0, 0
	for {
		r, size := utf8.DecodeRuneInString(chunk[i:])
		if !unicode.IsLetter(r) || i+size >= len(chunk) || chunk[i+size] != '.' {
			break
		}
		i += size + 1
		count++
	}
	if count < 2 {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(chunk[i:]); isWordRune(r) {
		return 0
	}
	return i
}

// isEmojiStart reports whether s starts with an emoji: pictographs, dingbats,
// symbols and regional-indicator flags.
func isEmojiStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF,
		r >= 0x2300 && r <= 0x23FF, r >= 0x2B00 && r <= 0x2BFF:
		return true
	case r == 0xA9 || r == 0xAE || r == 0x2122: // ©, ®, ™ count as emoji only with VS16
		return strings.HasPrefix(s[utf8.RuneLen(r):], "\uFE0F")
	}
	return false
}
