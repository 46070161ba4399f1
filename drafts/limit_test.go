package drafts

import (
	"fmt"
	"testing"
)

// A search returns at most searchLimit drafts, and the filters apply
// before that cut: a status filter still finds every matching draft.
func TestSearchLimitKeepsFiltersWhole(t *testing.T) {
	s := openStore(t, t.TempDir())
	var ds []Draft
	for i := 0; i < searchLimit+100; i++ {
		status := StatusConcept
		if i%100 == 7 {
			status = StatusKlaar
		}
		ds = append(ds, Draft{Title: fmt.Sprintf("Kantoor %d", i), Body: "Ons nieuwe kantoor in Utrecht.", Status: status})
	}
	if _, _, err := s.Import(ds); err != nil {
		t.Fatal(err)
	}
	if got := mustFind(t, s, ListFilter{Query: "kantoor"}); len(got) != searchLimit {
		t.Errorf("search returned %d drafts, want the best %d", len(got), searchLimit)
	}
	klaar := mustFind(t, s, ListFilter{Query: "kantoor", Status: StatusKlaar})
	if len(klaar) != 6 {
		t.Errorf("search with status klaar returned %d drafts, want all 6", len(klaar))
	}
}
