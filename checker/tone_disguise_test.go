package checker

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// readAs returns the text the tone rules read for a post.
func readAs(text string) string { return toneOf(NewDoc(text, Options{Lang: "nl"})).d.Text }

func TestDisguisesAreUndone(t *testing.T) {
	for in, want := range map[string]string{
		"Ik h44t ze":                 "Ik haat ze",
		"D00d aan alle":              "Dood aan alle",
		"Ik h a a t v r o u w e n.":  "Ik haat vrouwen.",
		"Ikhaat ze":                  "Ik haat ze",
		"vrouwenophangen":            "vrouwen ophangen",
		"ze zijn uitschto":           "ze zijn uitschot",
		"Ik wlag van ze":             "Ik walg van ze",
		"Q3 en 2e kwartaal, MP3 a b": "Q3 en 2e kwartaal, MP3 a b",
	} {
		if got := readAs(in); got != want {
			t.Errorf("%q read as %q, want %q", in, got, want)
		}
	}
}

// Dutch compounds and inflections must stay whole: splitting them would
// put hostile words in ordinary posts.
func TestCompoundsStayWhole(t *testing.T) {
	for _, w := range []string{"terecht", "waarop", "tegenzat", "flikkeren", "gewoonte", "vrouwenvoetbal",
		"doodgewoon", "haatdragend", "afvalbak", "teleurgesteld", "eenheid", "aanvallen", "moslima's"} {
		if got := readAs(w); got != w {
			t.Errorf("%q read as %q", w, got)
		}
	}
}

// Every finding's span maps back to the post as written, also behind a
// respelled stretch.
func TestSpansMapBackToThePost(t *testing.T) {
	text := "Hé, Ikhaat die h a a t b a a r d e n, echt."
	v := toneOf(NewDoc(text, Options{Lang: "nl"}))
	var got []string
	for i := range v.words {
		got = append(got, v.origText(thit{first: i, last: i}))
	}
	want := "Hé|Ikhaat|Ikhaat|die|h a a t b a a r d e n|echt"
	if strings.Join(got, "|") != want {
		t.Errorf("words map to %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestTyposAreNoWords: no typo form the tone lists accept may be a real
// Dutch or English word ("vouwen" is no typo of "vrouwen"). The system word
// lists (Debian's wdutch and wamerican) are the judge; add a word this test
// names to assets/lists/nl/hate-typo-exceptions.tsv.
func TestTyposAreNoWords(t *testing.T) {
	real := map[string]bool{}
	for _, path := range []string{"/usr/share/dict/dutch", "/usr/share/dict/american-english", "/usr/share/dict/british-english"} {
		f, err := os.Open(path)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			real[strings.ToLower(sc.Text())] = true
		}
		f.Close()
	}
	if len(real) < 100000 {
		t.Skip("no system word lists in /usr/share/dict (apt-get install wdutch wamerican)")
	}
	for w, e := range lexicon().words {
		if e.typo != "" && real[w] {
			t.Errorf("%q is a word, not a typo of %q", w, e.typo)
		}
	}
}

// Disguised or misspelled words are read for what they are, and the
// finding underlines the text as written.
func TestDisguisedWordsAreReadAndUnderlinedAsWritten(t *testing.T) {
	for text, want := range map[string]string{
		"Ik h44t moslims.":                      "h44t moslims",
		"Ik h a a t moslims.":                   "h a a t moslims",
		"Ikhaat moslims.":                       "Ikhaat moslims",
		"Immigranten zijn uitschto.":            "Immigranten zijn uitschto",
		"Vrouwen zijn walgeljik en ik h4at ze.": "Vrouwen zijn walgeljik",
		"Je bent een sl3t.":                     "sl3t",
		"Wat een v i e z e flikker.":            "flikker",
	} {
		got := toneFindings(text, Warning)
		if len(got) == 0 || !strings.HasSuffix(got[0], ":"+want) {
			t.Errorf("%q: got %v, want a finding on %q", text, got, want)
		}
	}
}

// Typo tolerance must not turn ordinary words into hostile ones.
func TestRealWordsAreNoTypos(t *testing.T) {
	for _, text := range []string{
		"Ik ga de was vouwen en daarna rouwen we samen om oma.",
		"We hebben de steven van de boot geverfd en streven naar een mooie zomer.",
		"Wat kunnen we voor vluchtelingen doen?",
	} {
		if got := toneFindings(text, Warning); len(got) > 0 {
			t.Errorf("%q: %v", text, got)
		}
	}
}
