package drafts

import (
	"errors"
	"testing"
)

func TestUserWords(t *testing.T) {
	clock := useFakeClock(t)
	dir := t.TempDir()
	s := openStore(t, dir)
	for _, w := range []struct{ word, lang string }{{"Postwijs", ""}, {"  ANWB ", "nl"}, {"appje", "nl"}} {
		if err := s.AddWord(w.word, w.lang); err != nil {
			t.Fatalf("AddWord(%q): %v", w.word, err)
		}
	}
	clock.advance(1)
	if err := s.AddWord("appje", "en"); err != nil { // again: only the language changes
		t.Fatal(err)
	}
	if err := s.RemoveWord("ANWB"); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveWord("nooit toegevoegd"); err != nil {
		t.Errorf("removing an absent word: %v", err)
	}
	s.Close()

	words, err := openStore(t, dir).Words()
	if err != nil {
		t.Fatal(err)
	}
	if len(words) != 2 || words[0].Word != "appje" || words[0].Lang != "en" || words[1].Word != "Postwijs" {
		t.Fatalf("Words = %+v, want appje (en) and Postwijs in alphabetical order", words)
	}
	// appje was added two clock ticks after Postwijs; re-adding it must
	// not have moved that to the third tick.
	if !words[0].Added.Equal(words[1].Added.Add(2)) {
		t.Errorf("re-adding changed the time a word was added: %v", words[0].Added)
	}
}

func TestUserWordMustBeOneWord(t *testing.T) {
	s := openStore(t, t.TempDir())
	for _, w := range []struct{ word, lang string }{{"", ""}, {"   ", "nl"}, {"twee woorden", "nl"}, {"woord", "fr"}} {
		if err := s.AddWord(w.word, w.lang); !errors.Is(err, ErrInvalid) {
			t.Errorf("AddWord(%q, %q): err = %v, want ErrInvalid", w.word, w.lang, err)
		}
	}
	if words, _ := s.Words(); len(words) != 0 {
		t.Errorf("refused words were stored: %+v", words)
	}
}
