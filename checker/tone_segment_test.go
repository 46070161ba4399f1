package checker

import "testing"

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
