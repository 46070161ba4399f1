// Package settings keeps the organisation settings of Postwijs in a plain,
// documented TOML file, settings.toml in the data directory, that an
// employer can hand to every employee: import and export are a file copy
// with validation. See example.toml for every field with its meaning.
package settings

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"

	"postwijs/checker"
)

// FileName is the name of the settings file in the data directory.
const FileName = "settings.toml"

// Settings is everything the file holds.
type Settings struct {
	Organisation checker.Org `toml:"organisation"`
	Checks       Checks      `toml:"checks"`
	Policy       Policy      `toml:"policy"`
	User         User        `toml:"user"`
}

// Checks switches rules off by id (see `postwijs check --format json`).
type Checks struct {
	Disabled []string `toml:"disabled"`
}

// Policy optionally holds the organisation's own policy text, shown in the
// policy panel above the built-in policy.
type Policy struct {
	Text string `toml:"text"`
}

// User holds what belongs to this user rather than the organisation.
type User struct {
	SetupDone bool   `toml:"setup_done"` // the first-run questions were answered
	Language  string `toml:"language"`   // "nl", "en", or "" to follow the system
}

// Path is the settings file in a data directory.
func Path(dataDir string) string { return filepath.Join(dataDir, FileName) }

// Load reads a settings file. A missing file gives the defaults: no
// organisation, every check on.
func Load(path string) (Settings, error) {
	var s Settings
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, err
	}
	return Parse(data, path)
}

// Parse reads settings from TOML and validates them; name is used in
// error messages.
func Parse(data []byte, name string) (Settings, error) {
	var s Settings
	md, err := toml.Decode(string(data), &s)
	if err != nil {
		return s, fmt.Errorf("%s: %w", name, err)
	}
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		return s, fmt.Errorf("%s: unknown setting %q", name, undecoded[0].String())
	}
	return s, s.Validate()
}

// Validate checks network ids and rule ids against what Postwijs knows.
func (s Settings) Validate() error {
	if l := s.User.Language; l != "" && l != "nl" && l != "en" {
		return fmt.Errorf("unknown language %q in user.language (use nl or en)", l)
	}
	for _, n := range s.Organisation.Networks {
		if _, ok := checker.NetworkByID(n); !ok {
			return fmt.Errorf("unknown network %q in organisation.networks", n)
		}
	}
	for _, id := range s.Checks.Disabled {
		if _, ok := checker.RuleByID(id); !ok {
			return fmt.Errorf("unknown check %q in checks.disabled", id)
		}
	}
	return nil
}

// Save writes the settings atomically: a crash leaves the old file or the
// new one, never half of one. The file is readable by the user only.
func Save(path string, s Settings) error {
	data, err := Marshal(s)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".settings-*.toml")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Marshal validates the settings and writes them as TOML with a header
// that says what the file is.
func Marshal(s Settings) ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.WriteString(header)
	if err := toml.NewEncoder(&buf).Encode(s); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Import reads an organisation's file and keeps this user's own part
// (User) from the current settings.
func Import(from string, current Settings) (Settings, error) {
	data, err := os.ReadFile(from)
	if err != nil {
		return current, err
	}
	s, err := Parse(data, filepath.Base(from))
	if err != nil {
		return current, err
	}
	s.User = current.User
	return s, nil
}

// Export writes the settings for others: without this user's own part.
func Export(to string, s Settings) error {
	s.User = User{}
	return Save(to, s)
}

const header = `# Postwijs settings. Plain TOML; see settings/example.toml in the source
# for every field. An organisation can hand this file to its employees:
# Settings > Import in the app.
`

// Lines splits a multi-line text field into trimmed, non-empty entries,
// as the settings screen edits lists one per line.
func Lines(s string) []string {
	var out []string
	for _, l := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == ',' }) {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
