package checker

import "sync"

// The grammar rules share one reading of the post: every rule needs the
// same clauses. CheckDoc runs the rules one after another on one Doc, so
// the last reading is kept with the Doc it belongs to and reused by the
// next rule. Holding the Doc keeps its address from being reused, so a
// pointer comparison is exact.
var grammarMemo struct {
	sync.Mutex
	doc     *Doc
	clauses [][]clause
}

// readClauses returns every sentence's clauses.
func readClauses(d *Doc, g *gram) [][]clause {
	grammarMemo.Lock()
	if grammarMemo.doc == d {
		cs := grammarMemo.clauses
		grammarMemo.Unlock()
		return cs
	}
	grammarMemo.Unlock()
	var cs [][]clause
	for _, s := range d.Sentences() {
		cs = append(cs, g.clauses(d, s))
	}
	grammarMemo.Lock()
	grammarMemo.doc, grammarMemo.clauses = d, cs
	grammarMemo.Unlock()
	return cs
}
