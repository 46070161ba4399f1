package drafts

import (
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// dutchHead is the start of the vocabulary of the generated posts, the
// words posts use most: function words, then the nouns, verbs and
// adjectives of work posts, with the accents and diaereses of real Dutch.
var dutchHead = strings.Fields(`
de het een en van in is dat op te met voor niet zijn er aan om ook als
bij dan maar nog wel over uit naar door wij we ons onze je jouw jullie
ze hun ik mijn deze die dit wat hoe waar wie al meer heel veel echt
vandaag morgen gisteren week maand jaar team klanten collega's project
nieuwe nieuw mooie mooi trots blij dankbaar samen werken werk bedrijf
organisatie duurzaam duurzaamheid innovatie ontwikkeling toekomst
lancering evenement congres presentatie workshop training vacature
sollicitatie ervaring kennis delen leren groeien resultaten succes
uitdaging oplossing strategie digitale transformatie klantreis
gemeente provincie Utrecht Amsterdam Rotterdam Eindhoven Groningen
België Zürich café privé één ideeën coördinatie reünie geïnteresseerd
financiële efficiënt enquête zeeën Curaçao crème
ziekenhuis zorg onderwijs school studenten stage afstuderen onderzoek
data privacy beveiliging software app platform netwerk partner
samenwerking jubileum verjaardag bedankt gefeliciteerd hartelijk
welkom aanmelden inschrijven binnenkort live kijk lees link bio reactie
vragen antwoord mening discussie #duurzaamheid #innovatie #werkenbij
#vacature #trots #team #ai #zorg 2024 2025 10 25 100 procent miljoen
kwartaal cijfers groei omzet koffie lunch borrel vrijdag maandag zomer
`)

// dutchRoots make the long tail of the vocabulary as Dutch makes it, by
// compounding: "klant" and "dienst" give "klantdienst".
var dutchRoots = strings.Fields(`
klant team zorg school stad data markt plan dienst product water energie
wind zon fiets trein huis tuin boek film muziek sport koffie brood kaas
bloem boom bos zee strand haven kind ouder vriend buurt wijk dorp land
tijd dag avond feest les taal code web post nieuws krant beeld foto
kunst museum winkel prijs geld bank wet recht raad arts patiënt voeding
rust slaap geluk reis kaart vraag idee plaats weg brug licht lucht vuur
`)

// dutchVocabulary lists dutchHead, then every two-root compound, also
// with a plural: about 11,000 words, most of them rare, like real text.
var dutchVocabulary = func() []string {
	words := slices.Clone(dutchHead)
	for _, a := range dutchRoots {
		for _, b := range dutchRoots {
			if a != b {
				words = append(words, a+b, a+b+"en")
			}
		}
	}
	return words
}()

// dutchText returns about n characters of post-like text: sentences of
// 5 to 16 words drawn with Zipf's law, so common words are far more
// common than rare ones.
func dutchText(rng *rand.Rand, n int) string {
	zipf := rand.NewZipf(rng, 1.1, 4, uint64(len(dutchVocabulary)-1))
	var b strings.Builder
	for b.Len() < n {
		words := 5 + rng.Intn(12)
		for i := range words {
			w := dutchVocabulary[zipf.Uint64()]
			if i == 0 {
				r, size := utf8.DecodeRuneInString(w)
				w = string(unicode.ToUpper(r)) + w[size:]
			}
			b.WriteString(w)
			if i < words-1 {
				b.WriteByte(' ')
			}
		}
		b.WriteString([]string{". ", "! ", "? ", ".\n\n"}[rng.Intn(4)])
	}
	return b.String()
}

// benchTitle is the first few words of a generated sentence.
func benchTitle(rng *rand.Rand) string {
	words := strings.Fields(dutchText(rng, 10))
	return strings.Join(words[:min(len(words), 4)], " ")
}

const benchDrafts = 10_000

var benchTemplate struct {
	once sync.Once
	dir  string
	err  error
}

// benchStore opens a private copy of a store with 10,000 drafts of 600 to
// 1,500 characters, updated over the last year. The store is built once
// per test binary and copied, because BenchmarkSave changes it.
func benchStore(b *testing.B) *Store {
	b.Helper()
	benchTemplate.once.Do(func() { benchTemplate.dir, benchTemplate.err = buildBenchTemplate() })
	if benchTemplate.err != nil {
		b.Fatal(benchTemplate.err)
	}
	dir := b.TempDir()
	if err := copyFile(filepath.Join(benchTemplate.dir, fileName), filepath.Join(dir, fileName)); err != nil {
		b.Fatal(err)
	}
	return openStore(b, dir)
}

func buildBenchTemplate() (string, error) {
	dir, err := os.MkdirTemp("", "postwijs-bench")
	if err != nil {
		return "", err
	}
	s, err := Open(dir)
	if err != nil {
		return "", err
	}
	rng := rand.New(rand.NewSource(1))
	start := time.Now().Add(-365 * 24 * time.Hour)
	ds := make([]Draft, benchDrafts)
	for i := range ds {
		at := start.Add(time.Duration(i) * 52 * time.Minute)
		ds[i] = Draft{Title: benchTitle(rng), Body: dutchText(rng, 600+rng.Intn(900)),
			Network: []string{"", "x", "linkedin", "mastodon"}[rng.Intn(4)], Created: at, Updated: at}
	}
	if _, _, err := s.Import(ds); err != nil {
		return "", err
	}
	return dir, s.Close() // checkpoints the WAL into the file that is copied
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// BenchmarkListAll opens the list: all 10,000 drafts, newest first.
func BenchmarkListAll(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		got, err := s.List("")
		if err != nil || len(got) != benchDrafts {
			b.Fatalf("%d drafts, %v", len(got), err)
		}
	}
}

// BenchmarkSearch searches 10,000 drafts the way people do. The
// sub-benchmarks show the range: a topic word, two words, the start of a
// word while typing, and a word in nearly every draft, which returns
// nearly all of them and so costs about what listing them all does.
func BenchmarkSearch(b *testing.B) {
	s := benchStore(b)
	for _, q := range []struct{ name, query string }{
		{"word", "jubileum"},
		{"two-words", "trots lancering"},
		{"prefix-2", "wi"},
		{"common", "de"},
	} {
		b.Run(q.name, func(b *testing.B) {
			var n int
			for b.Loop() {
				got, err := s.List(q.query)
				if err != nil || len(got) == 0 {
					b.Fatalf("%d drafts, %v", len(got), err)
				}
				n = len(got)
			}
			b.ReportMetric(float64(n), "drafts")
		})
	}
}

// BenchmarkSave saves a ~1,000-character draft in a store of 10,000 the
// way the editor does while someone types: a few characters more each
// time, so that now and then the old text is kept as a revision.
func BenchmarkSave(b *testing.B) {
	s := benchStore(b)
	d, err := s.Get(benchDrafts / 2)
	if err != nil {
		b.Fatal(err)
	}
	base := d.Body
	i := 0
	for b.Loop() {
		i++
		d.Body = base + fmt.Sprintf(" woord%d", i%200)
		if i%200 == 0 {
			base = d.Body
		}
		if d, err = s.Save(d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMain removes the store the benchmarks share.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchTemplate.dir != "" {
		os.RemoveAll(benchTemplate.dir)
	}
	os.Exit(code)
}

func TestDutchTextIsRealistic(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for range 100 {
		text := dutchText(rng, 600+rng.Intn(900))
		if !utf8.ValidString(text) || len(text) < 600 || len(text) > 1600 {
			t.Fatalf("generated %d bytes, valid UTF-8 %v", len(text), utf8.ValidString(text))
		}
	}
}
