package checker

import "strings"

// existence is the check of a rule that reports every phrase of a word
// list, like Vale's "existence" checks. A "%s" in the message is replaced
// by the phrase as written in the post.
func existence(topic, nl, en string) func(*Doc, Report) {
	return func(d *Doc, report Report) {
		for _, m := range WordList(topic).Find(d) {
			report(m.Start, m.End, phraseMessage(d, m, nl, en))
		}
	}
}

// reminder is the check of a rule that reminds once per post: the first
// phrase of the list is enough to show the reminder, more would be noise.
func reminder(topic, nl, en string) func(*Doc, Report) {
	return func(d *Doc, report Report) {
		if ms := WordList(topic).Find(d); len(ms) > 0 {
			report(ms[0].Start, ms[0].End, phraseMessage(d, ms[0], nl, en))
		}
	}
}

func phraseMessage(d *Doc, m Match, nl, en string) string {
	msg := strings.ReplaceAll(d.T(nl, en), "%s", d.Text[m.Start:m.End])
	return withNote(msg, m.Entry.NoteFor(d))
}

// has reports whether any phrase of a word list occurs in the post.
func has(d *Doc, topic string) bool { return len(WordList(topic).Find(d)) > 0 }
