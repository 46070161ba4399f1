package checker

// Function words that occur in almost every sentence of one language and
// rarely in the other. Words both languages share ("in", "is", "we") are
// left out on purpose.
var (
	dutchMarkers = set("de", "het", "een", "en", "van", "dat", "niet", "ik", "je", "jij", "wij",
		"ons", "onze", "op", "te", "voor", "met", "zijn", "maar", "ook", "er", "als", "bij",
		"naar", "om", "dan", "nog", "wat", "hoe", "al", "uit", "over", "door", "mijn", "jullie",
		"heb", "hebben", "heeft", "wordt", "worden", "kan", "kunnen", "zo", "nu", "veel", "deze", "dit")
	englishMarkers = set("the", "a", "an", "and", "of", "that", "not", "i", "you", "our", "to",
		"for", "with", "be", "but", "also", "are", "this", "it", "on", "at", "from", "by", "was",
		"have", "has", "will", "my", "your", "their", "they", "what", "how", "about", "just",
		"can", "would", "so", "very", "been", "do", "does", "there", "these", "all")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// DetectLanguage tells Dutch ("nl") from English ("en") by counting function
// words. Dutch wins ties: it is the language most posts are written in.
func DetectLanguage(toks []Token) string {
	nl, en := 0, 0
	for _, t := range toks {
		if t.Kind != Word {
			continue
		}
		w := lower(t.Text)
		if dutchMarkers[w] {
			nl++
		}
		if englishMarkers[w] {
			en++
		}
	}
	if en > nl {
		return "en"
	}
	return "nl"
}
