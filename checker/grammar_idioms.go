package checker

import "strings"

// dtIdiom finds fixed expressions with a wrong d or t: "word vervolgd"
// (wordt), "met hard en ziel" (hart). The list is
// data (assets/lists/nl/grammar-dt-idioms.tsv): the wrong form, a note,
// and the right form with as many words, so the word that differs can be
// pointed at.
var dtIdiom = &Rule{
	ID: "dt-idiom", Point: 20, Severity: Warning,
	Check: checkDTIdiom,
	Examples: []Example{
		{Lang: "nl", Text: "Ik steek haar graag een <m>hard</m> onder de riem."},
		{Lang: "nl", Text: "Ze zet zich met <m>hard</m> en ziel in voor de buurt."},
		{Lang: "nl", Text: "<m>Word</m> vervolgd!"},
		{Lang: "nl", Text: "Hoe je het ook wendt of keert, met hart en ziel. Wordt vervolgd! We werken hard en zijn aan het hard werken."},
	},
}

func checkDTIdiom(d *Doc, report Report) {
	if d.Lang != "nl" {
		return
	}
	content := d.contentTokens()
	for _, m := range WordList("grammar-dt-idioms").Find(d) {
		wrong, right := strings.Fields(m.Entry.Phrase), strings.Fields(m.Entry.Alternative)
		if len(wrong) != len(right) {
			continue
		}
		first := firstContentAt(d, content, m.Start)
		for i := range wrong {
			if wrong[i] == right[i] || first+i >= len(content) {
				continue
			}
			t := d.Tokens[content[first+i]]
			report(t.Start, t.End, d.T(
				"In de vaste uitdrukking ‘"+m.Entry.Alternative+"’ schrijf je ‘"+right[i]+"’. "+m.Entry.NoteFor(d),
				"In the fixed expression ‘"+m.Entry.Alternative+"’ the word is ‘"+right[i]+"’."),
				caseLike(t.Text, right[i]))
			break
		}
	}
}

// firstContentAt is the content index of the token that starts at offset.
func firstContentAt(d *Doc, content []int, offset int) int {
	for k, ti := range content {
		if d.Tokens[ti].Start == offset {
			return k
		}
	}
	return len(content)
}
