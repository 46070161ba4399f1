package checker

import (
	"strings"
	"testing"
)

func TestTokenKinds(t *testing.T) {
	cases := []struct {
		text string
		want string // "kind:text" of the non-space tokens
	}{
		{"Zo'n e-mail, auto's", "word:Zo'n word:e-mail punct:, word:auto's"},
		{"#ad en #Adv2026 maar #1", "hashtag:#ad word:en hashtag:#Adv2026 word:maar punct:# number:1"},
		{"@anna en @bob@mastodon.social!", "mention:@anna word:en mention:@bob@mastodon.social punct:!"},
		{"Zie https://x.nl/a?b=1.", "word:Zie url:https://x.nl/a?b=1 punct:."},
		{"(zie www.postwijs.nl)", "punct:( word:zie url:www.postwijs.nl punct:)"},
		{"Kijk op bit.ly/3abc of postwijs.nl.", "word:Kijk word:op url:bit.ly/3abc word:of url:postwijs.nl punct:."},
		{"Mail anna@bedrijf.nl.", "word:Mail email:anna@bedrijf.nl punct:."},
		{"o.a. t.n.v. bijv.", "abbrev:o.a. abbrev:t.n.v. word:bijv punct:."},
		{"€ 1.000,50 om 12:30, 20%", "punct:€ number:1.000,50 word:om number:12:30 punct:, number:20 punct:%"},
		{"Q3 en 3D", "word:Q3 word:en word:3D"},
		{"een 36-urige week, 2-persoonskamer, 10-15 uur", "word:een word:36-urige word:week punct:, word:2-persoonskamer punct:, number:10 punct:- number:15 word:uur"},
		{"Top 👍🏽 en 👩‍👩‍👧 🇳🇱", "word:Top emoji:👍🏽 word:en emoji:👩‍👩‍👧 emoji:🇳🇱"},
		{"huis.De", "word:huis punct:. word:De"},
		{"In 's-Hertogenbosch en ’s-Gravenhage, 'sport' en 's avonds", "word:In word:'s-Hertogenbosch word:en word:’s-Gravenhage punct:, punct:' word:sport punct:' word:en punct:' word:s word:avonds"},
	}
	for _, c := range cases {
		var got []string
		for _, tok := range Tokenize(c.text) {
			if tok.Kind != Space {
				got = append(got, tok.Kind.String()+":"+tok.Text)
			}
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", c.text, strings.Join(got, " "), c.want)
		}
	}
}

// Tokens cover the text without gaps or overlaps, whatever the input.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Hallo #ad @x https://a.nl", "\xff\xfe", "o.a.", "👩‍👩‍👧", "a@b.nl", "1.2.3,4:5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		pos := 0
		for _, tok := range Tokenize(s) {
			if tok.Start != pos || tok.End <= tok.Start || s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("bad token %+v at %d in %q", tok, pos, s)
			}
			pos = tok.End
		}
		if pos != len(s) {
			t.Fatalf("tokens end at %d of %d", pos, len(s))
		}
	})
}

// Check never panics and reports spans inside the text, in order.
func FuzzCheck(f *testing.F) {
	f.Add("DIT IS ECHT!!! #ad kortingscode https://x.nl?utm_source=a", "x")
	f.Add("\x00\xff vertrouwelijk", "bluesky")
	f.Fuzz(func(t *testing.T, s, network string) {
		fs := Check(s, Options{Network: network})
		for i, fd := range fs {
			if fd.Start < 0 || fd.End > len(s) || fd.Start > fd.End || (i > 0 && fs[i-1].Start > fd.Start) {
				t.Fatalf("bad finding %+v in %q", fd, s)
			}
		}
	})
}

func TestDetectLanguage(t *testing.T) {
	cases := map[string]string{
		"Vandaag hebben we met het hele team de nieuwe vestiging geopend.": "nl",
		"Today we opened our new office with the whole team.":              "en",
		"Meeting, update, team sales!":                                     "nl",
		"Trots op ons team en de update van de sales meeting.":             "nl",
	}
	for text, want := range cases {
		if got := DetectLanguage(Tokenize(text)); got != want {
			t.Errorf("DetectLanguage(%q) = %s, want %s", text, got, want)
		}
	}
}

func TestNetworkLength(t *testing.T) {
	cases := []struct {
		network, text string
		want          int
	}{
		{"x", "Hallo", 5},
		{"x", "Lees https://example.com/" + strings.Repeat("a", 100), 5 + 23},
		{"x", "日本", 4},
		{"x", "👩‍👩‍👧‍👦", 2},
		{"bluesky", "👩‍👩‍👧‍👦é", 2},
		{"mastodon", "Zie https://example.com/lang/pad", 4 + 23},
		{"linkedin", "café", 4},
	}
	for _, c := range cases {
		n, _ := NetworkByID(c.network)
		if got := n.Length(c.text); got != c.want {
			t.Errorf("%s length of %q = %d, want %d", c.network, c.text, got, c.want)
		}
	}
	x, _ := NetworkByID("x")
	if at := x.Overflow(strings.Repeat("a", 280)); at != -1 {
		t.Errorf("280 characters overflow X at %d", at)
	}
	if at := x.Overflow(strings.Repeat("é", 281)); at != 280*2 {
		t.Errorf("281 é overflow X at byte %d, want %d", at, 280*2)
	}
}

func TestNetworksAreValid(t *testing.T) {
	for _, n := range Networks {
		if n.ID == "" || n.Name == "" || n.Limit <= 0 {
			t.Errorf("network %+v incomplete", n)
		}
	}
	if NetworkByIDOrDefault("nonsense").ID != DefaultNetwork {
		t.Error("unknown network does not fall back to the default")
	}
}
