package drafts

import (
	"fmt"
	"strings"
	"unicode"
)

// AddWord adds word to the user's dictionary for lang ("nl", "en", or ""
// for every language). Adding a word again only changes its language.
// A word is one word: empty text or text with spaces is ErrInvalid.
func (s *Store) AddWord(word, lang string) error {
	word = strings.TrimSpace(word)
	if word == "" || strings.ContainsFunc(word, unicode.IsSpace) {
		return fmt.Errorf("drafts: add word %q: not a single word: %w", word, ErrInvalid)
	}
	if err := checkLang(lang); err != nil {
		return fmt.Errorf("drafts: add word %q: %w", word, err)
	}
	_, err := s.db.Exec(`INSERT INTO user_words (word, lang, added) VALUES (?, ?, ?)
		ON CONFLICT (word) DO UPDATE SET lang = excluded.lang`, word, lang, formatTime(s.now()))
	if err != nil {
		return fmt.Errorf("drafts: add word %q: %w", word, err)
	}
	return nil
}

// RemoveWord takes word out of the dictionary. A word that is not there
// is no error: the dictionary is as the caller wants it.
func (s *Store) RemoveWord(word string) error {
	if _, err := s.db.Exec(`DELETE FROM user_words WHERE word = ?`, strings.TrimSpace(word)); err != nil {
		return fmt.Errorf("drafts: remove word %q: %w", word, err)
	}
	return nil
}

// Words returns the dictionary in alphabetical order, ignoring ASCII case.
func (s *Store) Words() ([]UserWord, error) {
	rows, err := s.db.Query(`SELECT word, lang, added FROM user_words ORDER BY lower(word), word`)
	if err != nil {
		return nil, fmt.Errorf("drafts: words: %w", err)
	}
	defer rows.Close()
	var out []UserWord
	for rows.Next() {
		var w UserWord
		var added string
		if err := rows.Scan(&w.Word, &w.Lang, &added); err != nil {
			return nil, fmt.Errorf("drafts: words: %w", err)
		}
		if w.Added, err = parseTime(added); err != nil {
			return nil, fmt.Errorf("drafts: words: %w", err)
		}
		out = append(out, w)
	}
	return out, rows.Err()
}
