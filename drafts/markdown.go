package drafts

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
)

// A Markdown export is one file per draft: a small front matter (YAML
// syntax, written so that a JSON decoder reads every value) and the body
// exactly as stored:
//
//	---
//	title: "Lancering"
//	network: linkedin
//	status: klaar
//	created: 2025-05-01T09:00:00.000000000Z
//	updated: 2025-05-02T10:30:00.000000000Z
//	---
//
//	Vandaag gaat onze nieuwe app live.
//
// posted_at, posted_on, lang and ignored follow status when they are set.

// MarkdownName is the file name of d in an export: the id keeps names
// unique and makes a new export replace the file of the same draft, the
// title makes it recognisable.
func MarkdownName(d Draft) string {
	return fmt.Sprintf("%04d-%s.md", d.ID, slug(d.Title))
}

// slug keeps letters and digits of the folded title and joins the words
// with "-": no character some file system forbids, no path separators.
func slug(title string) string {
	var b strings.Builder
	for _, word := range strings.FieldsFunc(fold(title), func(r rune) bool { return !isWordRune(r) }) {
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(word)
		if b.Len() >= 40 {
			break
		}
	}
	if b.Len() == 0 {
		return "concept"
	}
	return b.String()
}

// MarshalMarkdown renders d as an export file.
func MarshalMarkdown(d Draft) []byte {
	j := ToJSON(d)
	var b bytes.Buffer
	b.WriteString("---\n")
	field(&b, "title", quote(j.Title))
	for _, f := range [][2]string{
		{"network", j.Network}, {"status", j.Status}, {"created", j.Created}, {"updated", j.Updated},
		{"posted_at", j.PostedAt}, {"posted_on", j.PostedOn}, {"lang", j.Lang},
	} {
		if f[1] != "" {
			field(&b, f[0], f[1])
		}
	}
	if len(j.Ignored) > 0 {
		field(&b, "ignored", quote(j.Ignored))
	}
	b.WriteString("---\n\n")
	b.WriteString(j.Body)
	return b.Bytes()
}

func field(b *bytes.Buffer, key, value string) {
	b.WriteString(key + ": " + value + "\n")
}

// quote writes v as JSON, which YAML reads as the same string or list;
// it escapes newlines and quotes in a title.
func quote(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(v) // strings and string slices always encode
	return strings.TrimSuffix(b.String(), "\n")
}

// ParseMarkdown reads a file written by MarshalMarkdown. A file without
// front matter becomes a draft titled after the file name, so notes
// written elsewhere can be imported too.
func ParseMarkdown(name string, data []byte) (Draft, error) {
	text := strings.TrimPrefix(string(data), "\uFEFF") // BOM from Windows editors
	head, body, has, err := splitFrontMatter(text)
	if err != nil {
		return Draft{}, err
	}
	if !has {
		return Draft{Title: strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)), Body: text}, nil
	}
	j, err := parseFrontMatter(head)
	if err != nil {
		return Draft{}, err
	}
	j.Body = body
	return j.Draft()
}

// splitFrontMatter returns the front matter lines and the body after the
// blank line that follows them; has is false when text does not start
// with front matter.
func splitFrontMatter(text string) (head []string, body string, has bool, err error) {
	first, rest, found := strings.Cut(text, "\n")
	if !found || strings.TrimRight(first, "\r") != "---" {
		return nil, "", false, nil
	}
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if line = strings.TrimRight(line, "\r"); line == "---" {
			return head, cutBlankLine(rest), true, nil
		}
		head = append(head, line)
	}
	return nil, "", true, fmt.Errorf("front matter has no closing ---")
}

// cutBlankLine removes the one blank line MarshalMarkdown writes after the
// front matter, so a body that starts with blank lines keeps them.
func cutBlankLine(s string) string {
	if rest, ok := strings.CutPrefix(s, "\n"); ok {
		return rest
	}
	rest, _ := strings.CutPrefix(s, "\r\n")
	return rest
}

func parseFrontMatter(lines []string) (JSONDraft, error) {
	var j JSONDraft
	targets := map[string]*string{"title": &j.Title, "network": &j.Network, "status": &j.Status,
		"created": &j.Created, "updated": &j.Updated, "posted_at": &j.PostedAt,
		"posted_on": &j.PostedOn, "lang": &j.Lang}
	for _, line := range lines {
		key, value, _ := strings.Cut(line, ":")
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		if key == "ignored" {
			if err := json.Unmarshal([]byte(value), &j.Ignored); err != nil {
				return JSONDraft{}, fmt.Errorf("ignored: %w", err)
			}
			continue
		}
		dst, ok := targets[key]
		if !ok {
			continue // written by a newer Postwijs or by hand
		}
		if strings.HasPrefix(value, `"`) {
			if err := json.Unmarshal([]byte(value), dst); err != nil {
				return JSONDraft{}, fmt.Errorf("%s: %w", key, err)
			}
			continue
		}
		*dst = value
	}
	return j, nil
}
