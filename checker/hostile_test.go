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

func TestQuotesClausesAndQuestions(t *testing.T) {
	v := toneOf(NewDoc(`Hij zei “ik haat ze”, maar ik niet. Is het niet duidelijk dat het zo is? Zo’n "open quote`, Options{Lang: "nl"}))
	quoted := map[string]bool{}
	for _, w := range v.words {
		if w.quoted {
			quoted[w.low] = true
		}
	}
	if !quoted["haat"] || quoted["maar"] || quoted["open"] {
		t.Errorf("quoted words: %v", quoted)
	}
	if len(v.sents) != 3 || v.sents[0].question || !v.sents[1].question {
		t.Fatalf("sentences: %+v", v.sents)
	}
	// "Hij zei" | "ik haat ze" | "maar ik niet" ; "Is het niet duidelijk" | "dat het zo is"
	if len(v.sents[0].clauses) != 3 || len(v.sents[1].clauses) != 2 {
		t.Errorf("clauses: %+v", v.sents)
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
