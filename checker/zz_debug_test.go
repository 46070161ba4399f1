package checker

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"postwijs/spelling"
)

func TestZZClauses(t *testing.T) {
	s, err := spelling.Load(spelling.Options{})
	if err != nil {
		t.Skip(err)
	}
	for _, text := range strings.Split(os.Getenv("ZZ"), "|") {
		d := NewDoc(text, Options{Lang: "nl", Speller: s})
		g := &gram{lx: verbLexiconOf(d)}
		for _, cs := range readClauses(d, g) {
			for _, c := range cs {
				var parts []string
				for _, w := range c.words {
					parts = append(parts, fmt.Sprintf("%s/%b", w.low, g.cls(w)))
				}
				fmt.Printf("%q kind=%d first=%v: %s\n", c.opener, c.kind, c.first, strings.Join(parts, " "))
			}
		}
	}
}
