package checker

import (
	"encoding/json"
	"fmt"
)

// Severity says how much a finding matters.
type Severity int

const (
	// Info is a reminder or tip; it never counts as a problem.
	Info Severity = iota
	// Warning means a rule or advice is probably at stake.
	Warning
	// Error means a rule the employer may enforce is very likely broken.
	Error
)

var severityNames = [...]string{Info: "info", Warning: "warning", Error: "error"}

func (s Severity) String() string {
	if s < Info || s > Error {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// MarshalJSON writes the severity as "info", "warning" or "error".
func (s Severity) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// UnmarshalJSON reads "info", "warning" or "error".
func (s *Severity) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	for i, n := range severityNames {
		if n == name {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("unknown severity %q", name)
}

// Finding is one thing a rule noticed in a post.
type Finding struct {
	Rule        string   `json:"rule"`
	Point       int      `json:"point"`
	Severity    Severity `json:"severity"`
	Start       int      `json:"start"` // byte offset into the text, inclusive
	End         int      `json:"end"`   // byte offset into the text, exclusive
	Text        string   `json:"text"`  // the text between Start and End
	Message     string   `json:"message"`
	Suggestions []string `json:"suggestions"` // best first; never nil in JSON
}
