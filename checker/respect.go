package checker

// Points 7, 10 and 16: don't pick fights, speak about other people and
// cultures with respect, and hold a pasted comment to the same standard.
// The rules read the post through toneOf (tone_view.go) and stay silent on
// what is not the writer's own hostility: a quote, a denial ("ik haat
// moslims niet"), counter-speech ("zeggen dat vrouwen dom zijn is
// walgelijk"), a word said about oneself ("sorry dat ik een eikel was").
//
// Severity: point 7 and point 10 are advice, not rules an employer may
// enforce, and each check below is a reading of Dutch it cannot be sure
// of, so none is an error. Swearing is a tip (info): most of it is not a
// fight, and HateCheck's non-hateful swearing shows how often. Insults,
// accusations, threats, slurs and derogatory generalisations are warnings:
// the writer should look before posting.
//
// Where things are, since the word lists point here:
//
//   - the rules: insult.go, accusation.go (hostile-accusation), threat.go,
//     profanity.go, generalisation.go (derogatory-generalisation), slur.go;
//   - which group a hostile word is about: tone_groups.go;
//   - negation, counter-speech, self-reference, address: tone_reading.go;
//   - the shared reading of the post: tone_view.go, with the word lists in
//     tone_lexicon.go and tone_wordclass.go, disguised spellings in
//     tone_disguise.go and tone_normalise.go, sentences, clauses and quotes
//     in tone_segment.go, and look-ups in the reading in tone_lookup.go.

// alternatives offers the list's neutral term as a replacement, if any:
// profanity and slurs suggest it.
func alternatives(h thit) []string {
	if h.entry.Alternative == "" {
		return nil
	}
	return []string{h.entry.Alternative}
}
