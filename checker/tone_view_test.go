package checker

import "testing"

// The tone reading is made once per post, not once per rule.
func TestToneViewIsShared(t *testing.T) {
	d := NewDoc("Moslims zijn tuig.", Options{})
	if toneOf(d) != toneOf(d) {
		t.Fatal("two readings of one post")
	}
	if v := toneOf(NewDoc("Een gewoon bericht over het weer.", Options{})); !v.quiet {
		t.Fatal("a post without tone words is read in full")
	}
}
