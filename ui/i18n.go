package ui

import (
	"encoding/json"
	"fmt"

	"postwijs/assets"
)

// The interface texts live in assets/i18n/<locale>.json, Dutch and English,
// with the same keys (a test keeps them in step). Dutch is the default.
var texts map[string]string

// setLocale loads the texts for "nl" or "en" and returns the locale used.
func setLocale(locale string) string {
	if locale != "en" {
		locale = "nl"
	}
	m, err := loadTexts(locale)
	if err != nil {
		panic(err) // the files are embedded; a broken one fails the tests
	}
	texts = m
	return locale
}

func loadTexts(locale string) (map[string]string, error) {
	data, err := assets.FS.ReadFile("i18n/" + locale + ".json")
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("i18n/%s.json: %w", locale, err)
	}
	return m, nil
}

// T returns the text for key, formatted with args like fmt.Sprintf. A
// missing key shows as the key itself, so it stands out in a screenshot.
func T(key string, args ...any) string {
	s, ok := texts[key]
	if !ok {
		s = key
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}
