package assets

import (
	"encoding/json"
	"fmt"
)

// Policy is the social-media policy shown in the policy panel.
type Policy struct {
	Title    string            `json:"title"`
	Intro    []string          `json:"intro"`
	Severity map[string]string `json:"severity"` // "error", "warning", "info" explained
	Points   []PolicyPoint     `json:"points"`
}

// PolicyPoint is one numbered point of the policy.
type PolicyPoint struct {
	Number int    `json:"number"`
	Title  string `json:"title"`
	Kind   string `json:"kind"` // "rule" or "advice"
	Text   string `json:"text"`
	Why    string `json:"why"`
	Checks string `json:"checks"`
}

// LoadPolicy reads the built-in policy in "nl" or "en".
func LoadPolicy(lang string) (Policy, error) {
	if lang != "en" {
		lang = "nl"
	}
	var p Policy
	data, err := FS.ReadFile("policy/" + lang + ".json")
	if err != nil {
		return p, err
	}
	if err := json.Unmarshal(data, &p); err != nil {
		return p, fmt.Errorf("policy/%s.json: %w", lang, err)
	}
	return p, nil
}

// Point returns the point with the given number.
func (p Policy) Point(n int) (PolicyPoint, bool) {
	for _, pt := range p.Points {
		if pt.Number == n {
			return pt, true
		}
	}
	return PolicyPoint{}, false
}
