package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// Posts used throughout. Each is chosen for the findings a user would see.
const (
	// An undisclosed advertisement after multi-byte characters: an error.
	adPost = "Café 🎉 mooi!\nMet kortingscode ANNA10 krijg je korting."
	// Shouting only: a warning, with a sentence-case suggestion.
	shoutPost = "Dit is ONACCEPTABEL, vind ik."
	// A possible advertisement only: an info finding.
	infoPost = "Deze week gratis gekregen: een proefpakket koffie. Heerlijk!"
	// Nothing to report.
	cleanPost = "Wat een mooie dag met het team."
	// Three findings whose rules run in the opposite order of their
	// positions: shouting, then advertising, then confidential wording.
	orderPost = "DIT IS ECHT ONACCEPTABEL. Met kortingscode ANNA10 voor de interne memo van vandaag."
	// A finding whose span crosses a line break.
	crossLinePost = "Dit is strikt\nvertrouwelijk, echt."
)

// jsonFinding is the wire format of a finding, typed as the contract says.
type jsonFinding struct {
	Rule        string   `json:"rule"`
	Point       int      `json:"point"`
	Severity    string   `json:"severity"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Text        string   `json:"text"`
	Message     string   `json:"message"`
	Suggestions []string `json:"suggestions"`
}

type jsonReport struct {
	Findings []jsonFinding `json:"findings"`
}

// cli runs `postwijs args…` in-process with the message language fixed.
func cli(t *testing.T, locale, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	t.Setenv("POSTWIJS_LANG", locale)
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// checkJSON runs `postwijs check --format json args…` on stdin and decodes
// the report strictly: known keys only, exactly one JSON value.
func checkJSON(t *testing.T, stdin string, args ...string) (int, jsonReport) {
	t.Helper()
	code, out, errOut := cli(t, "nl", stdin, append([]string{"check", "--format", "json"}, args...)...)
	if code == 2 {
		t.Fatalf("check %q: exit 2, stderr: %s", args, errOut)
	}
	return code, decodeReport(t, out)
}

func decodeReport(t *testing.T, out string) jsonReport {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var r jsonReport
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("output is not a JSON report: %v\n%s", err, out)
	}
	var extra any
	if err := dec.Decode(&extra); err != io.EOF {
		t.Fatalf("output holds more than one JSON value (%v):\n%s", err, out)
	}
	return r
}

func rules(fs []jsonFinding) []string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.Rule)
	}
	return ids
}

func findRule(fs []jsonFinding, rule string) (jsonFinding, bool) {
	for _, f := range fs {
		if f.Rule == rule {
			return f, true
		}
	}
	return jsonFinding{}, false
}

func severities(fs []jsonFinding) map[string]int {
	n := map[string]int{}
	for _, f := range fs {
		n[f.Severity]++
	}
	return n
}

// position is the test's own reading of "line:column, column in characters".
func position(text string, offset int) string {
	lines := strings.Split(text[:offset], "\n")
	return fmt.Sprintf("%d:%d", len(lines), utf8.RuneCountInString(lines[len(lines)-1])+1)
}

func TestCheckJSONShape(t *testing.T) {
	wantKeys := []string{"end", "message", "point", "rule", "severity", "start", "suggestions", "text"}
	for _, tc := range []struct {
		name, input string
		minFindings int
	}{
		{"error", adPost, 1},
		{"warning with suggestion", shoutPost, 1},
		{"info", infoPost, 1},
		{"several", orderPost, 3},
		{"clean", cleanPost, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := cli(t, "nl", tc.input, "check", "--format", "json")
			if code == 2 {
				t.Fatalf("exit 2, stderr: %s", errOut)
			}
			r := decodeReport(t, out)
			if len(r.Findings) < tc.minFindings {
				t.Fatalf("got %d findings, want at least %d: %s", len(r.Findings), tc.minFindings, out)
			}

			var raw map[string]any
			if err := json.Unmarshal([]byte(out), &raw); err != nil {
				t.Fatal(err)
			}
			if len(raw) != 1 {
				t.Errorf("top-level keys = %v, want only \"findings\"", raw)
			}
			list, ok := raw["findings"].([]any)
			if !ok {
				t.Fatalf("findings is %T (%v), want an array", raw["findings"], raw["findings"])
			}
			if len(list) != len(r.Findings) {
				t.Fatalf("map decoding saw %d findings, struct decoding %d", len(list), len(r.Findings))
			}
			for i, item := range list {
				f, ok := item.(map[string]any)
				if !ok {
					t.Fatalf("finding %d is %T, want an object", i, item)
				}
				var keys []string
				for k := range f {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				if strings.Join(keys, ",") != strings.Join(wantKeys, ",") {
					t.Errorf("finding %d keys = %v, want %v", i, keys, wantKeys)
				}
				for _, k := range []string{"rule", "severity", "text", "message"} {
					if s, ok := f[k].(string); !ok || s == "" {
						t.Errorf("finding %d: %s = %#v, want a non-empty string", i, k, f[k])
					}
				}
				for _, k := range []string{"point", "start", "end"} {
					n, ok := f[k].(float64)
					if !ok || n != float64(int(n)) || n < 0 {
						t.Errorf("finding %d: %s = %#v, want a non-negative integer", i, k, f[k])
					}
				}
				sugg, ok := f["suggestions"].([]any)
				if !ok {
					t.Errorf("finding %d: suggestions = %#v, want an array (never null)", i, f["suggestions"])
				}
				for _, s := range sugg {
					if _, ok := s.(string); !ok {
						t.Errorf("finding %d: suggestion %#v is not a string", i, s)
					}
				}
			}

			for i, f := range r.Findings {
				switch f.Severity {
				case "info", "warning", "error":
				default:
					t.Errorf("finding %d: severity %q, want info, warning or error", i, f.Severity)
				}
				if f.Point < 1 || f.Point > 20 {
					t.Errorf("finding %d: point %d outside the policy's 1–20", i, f.Point)
				}
				if f.Start > f.End || f.End > len(tc.input) {
					t.Errorf("finding %d: span %d–%d outside the %d-byte input", i, f.Start, f.End, len(tc.input))
				}
				if f.Suggestions == nil {
					t.Errorf("finding %d: suggestions decoded as null", i)
				}
			}
		})
	}
}

func TestCheckJSONCleanPostIsEmptyList(t *testing.T) {
	for _, input := range []string{cleanPost, "", "\n"} {
		code, out, errOut := cli(t, "nl", input, "check", "--format", "json")
		if code != 0 || errOut != "" {
			t.Errorf("%q: exit %d, stderr %q; want 0 and nothing", input, code, errOut)
		}
		if got := strings.TrimSpace(out); got != `{"findings":[]}` {
			t.Errorf("%q: output %q, want {\"findings\":[]}", input, got)
		}
	}
}

func TestCheckJSONByteOffsets(t *testing.T) {
	for _, tc := range []struct {
		name, input, rule, text string
	}{
		{"advertising after é and emoji", adPost, "undisclosed-advertising", "kortingscode"},
		{"advertising after multi-byte on the same line", "Café 🎉 mooi!\nÉén 🎉 kortingscode ANNA10 voor jullie.", "undisclosed-advertising", "kortingscode"},
		{"shouting after emoji", "🎉🎉 Feest! Maar dit is ONACCEPTABEL, vind ik.", "shouting", "ONACCEPTABEL"},
		{"span across a line break", "Ça va? " + crossLinePost, "confidential-wording", "strikt\nvertrouwelijk"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, r := checkJSON(t, tc.input)
			f, ok := findRule(r.Findings, tc.rule)
			if !ok {
				t.Fatalf("no %s finding; got %v", tc.rule, rules(r.Findings))
			}
			wantStart := strings.Index(tc.input, tc.text)
			if runeStart := utf8.RuneCountInString(tc.input[:wantStart]); runeStart == wantStart {
				t.Fatal("test input has no multi-byte characters before the finding")
			}
			if f.Start != wantStart || f.End != wantStart+len(tc.text) {
				t.Errorf("span = %d–%d, want byte offsets %d–%d", f.Start, f.End, wantStart, wantStart+len(tc.text))
			}
			if f.Start < 0 || f.End > len(tc.input) || f.Start > f.End {
				t.Fatalf("span %d–%d does not fit the %d-byte input", f.Start, f.End, len(tc.input))
			}
			if got := tc.input[f.Start:f.End]; got != f.Text {
				t.Errorf("input[start:end] = %q, but text = %q", got, f.Text)
			}
			if f.Text != tc.text {
				t.Errorf("text = %q, want %q", f.Text, tc.text)
			}
		})
	}
}

func TestCheckJSONOrderedByStart(t *testing.T) {
	_, r := checkJSON(t, orderPost)
	// The three rules run in the opposite order of their spans; other rules
	// (tips) may add findings in between.
	want := []string{"shouting", "undisclosed-advertising", "confidential-wording"}
	var got []string
	for _, id := range rules(r.Findings) {
		for _, w := range want {
			if id == w {
				got = append(got, id)
			}
		}
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("rules in order = %v, want %v", got, want)
	}
	for _, input := range []string{orderPost, adPost + " " + shoutPost + " " + crossLinePost} {
		_, r := checkJSON(t, input)
		if len(r.Findings) < 2 {
			t.Fatalf("%q: want several findings, got %v", input, rules(r.Findings))
		}
		for i := 1; i < len(r.Findings); i++ {
			if r.Findings[i].Start < r.Findings[i-1].Start {
				t.Errorf("%q: finding %d starts at %d, before finding %d at %d",
					input, i, r.Findings[i].Start, i-1, r.Findings[i-1].Start)
			}
		}
	}
}

var textLine = regexp.MustCompile(`^(\d+):(\d+) (\d+) (info|warning|error) (\S.*)$`)

func TestCheckTextFormat(t *testing.T) {
	for _, tc := range []struct {
		name, input string
		first       string // "line:column point severity" of the first line
		mentions    []string
	}{
		{"line 2 after multi-byte characters", "Café 🎉 mooi!\nÉén 🎉 kortingscode ANNA10 voor jullie.", "2:7 6 error", []string{"kortingscode"}},
		{"line 2 at the start of a word", adPost, "2:5 6 error", []string{"kortingscode"}},
		{"shouting with its suggestion", shoutPost, "1:8 7 warning", []string{"onacceptabel", "suggestie"}},
		{"info", infoPost, "1:11 6 info", []string{"#ad"}},
		{"span across a line break stays on one line", crossLinePost, "1:8 1 error", []string{"strikt", "vertrouwelijk"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := cli(t, "nl", tc.input, "check")
			if code == 2 {
				t.Fatalf("exit 2, stderr: %s", errOut)
			}
			_, r := checkJSON(t, tc.input)
			if !strings.HasSuffix(out, "\n") {
				t.Errorf("output does not end in a newline: %q", out)
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != len(r.Findings) {
				t.Fatalf("%d lines for %d findings:\n%s", len(lines), len(r.Findings), out)
			}
			for i, line := range lines {
				m := textLine.FindStringSubmatch(line)
				if m == nil {
					t.Fatalf("line %q is not `line:column point severity message`", line)
				}
				f := r.Findings[i]
				want := fmt.Sprintf("%s %d %s ", position(tc.input, f.Start), f.Point, f.Severity)
				if !strings.HasPrefix(line, want) {
					t.Errorf("line %q, want it to start with %q (from the JSON finding)", line, want)
				}
			}
			if !strings.HasPrefix(lines[0], tc.first+" ") {
				t.Errorf("first line %q, want it to start with %q", lines[0], tc.first)
			}
			for _, s := range tc.mentions {
				if !strings.Contains(lines[0], s) {
					t.Errorf("first line %q does not mention %q", lines[0], s)
				}
			}
		})
	}
}

func TestCheckExitCodes(t *testing.T) {
	for _, tc := range []struct {
		name, input  string
		want         int
		wantSeverity string // a severity the findings must include; "" for none
	}{
		{"undisclosed advertising is an error", "Met kortingscode ANNA10 krijg je 10% korting op mijn favoriete sneakers.", 1, "error"},
		{"confidential wording is an error", crossLinePost, 1, "error"},
		{"shouting is only a warning", shoutPost, 0, "warning"},
		{"a possible advertisement is only info", infoPost, 0, "info"},
		{"a clean post", cleanPost, 0, ""},
		{"an empty post", "", 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, r := checkJSON(t, tc.input)
			if code != tc.want {
				t.Errorf("json: exit %d, want %d (findings %v)", code, tc.want, rules(r.Findings))
			}
			n := severities(r.Findings)
			if tc.want == 0 && n["error"] > 0 {
				t.Errorf("exit 0 but %d error findings", n["error"])
			}
			if tc.wantSeverity == "" && len(r.Findings) != 0 {
				t.Errorf("want no findings, got %v", rules(r.Findings))
			}
			if tc.wantSeverity != "" && n[tc.wantSeverity] == 0 {
				t.Errorf("want a %s finding, got %v", tc.wantSeverity, r.Findings)
			}

			code, out, errOut := cli(t, "nl", tc.input, "check")
			if code != tc.want {
				t.Errorf("text: exit %d, want %d", code, tc.want)
			}
			if errOut != "" {
				t.Errorf("stderr %q, want nothing", errOut)
			}
			if tc.wantSeverity == "" && out != "" {
				t.Errorf("clean post printed %q, want nothing", out)
			}
		})
	}
}

func TestCheckNetworks(t *testing.T) {
	post300 := strings.Repeat("Wat een mooie dag met het team. ", 10)[:300]
	post3001 := strings.Repeat("Wat een mooie dag met het team. ", 100)[:3001]
	if utf8.RuneCountInString(post300) != 300 || utf8.RuneCountInString(post3001) != 3001 {
		t.Fatal("bad test posts")
	}

	for _, tc := range []struct {
		name, input string
		args        []string
		want        bool   // a network-length finding
		mentions    string // in its message: the network's limit
		start       int
	}{
		{"x counts 300 characters as too long", post300, []string{"--network", "x"}, true, "280", 280},
		{"x flag after the dash", post300, []string{"-", "--network=x"}, true, "280", 280},
		{"linkedin takes 300 characters", post300, []string{"--network", "linkedin"}, false, "", 0},
		{"the default network takes 300 characters", post300, nil, false, "", 0},
		{"bluesky takes exactly 300", post300, []string{"--network", "bluesky"}, false, "", 0},
		{"the default network is linkedin", post3001, nil, true, "3000", 3000},
		{"linkedin stops at 3000", post3001, []string{"--network", "linkedin"}, true, "3000", 3000},
		{"facebook takes 3001", post3001, []string{"--network", "facebook"}, false, "", 0},
		{"mastodon stops at 500", post3001, []string{"--network", "mastodon"}, true, "500", 500},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, r := checkJSON(t, tc.input, tc.args...)
			if code != 0 {
				t.Errorf("exit %d, want 0: a length finding is a warning", code)
			}
			f, got := findRule(r.Findings, "network-length")
			if got != tc.want {
				t.Fatalf("network-length finding: %v, want %v (findings %v)", got, tc.want, r.Findings)
			}
			if !got {
				return
			}
			if f.Severity != "warning" {
				t.Errorf("severity %q, want warning", f.Severity)
			}
			if f.Start != tc.start || f.End != len(tc.input) || f.Text != tc.input[tc.start:] {
				t.Errorf("span %d–%d %q, want the part past the limit, %d–%d", f.Start, f.End, f.Text, tc.start, len(tc.input))
			}
			if !strings.Contains(f.Message, tc.mentions) {
				t.Errorf("message %q does not mention the limit %s", f.Message, tc.mentions)
			}
		})
	}

	for _, id := range []string{"x", "linkedin", "instagram", "facebook", "mastodon", "bluesky", "threads"} {
		code, out, errOut := cli(t, "nl", cleanPost, "check", "--network", id)
		if code != 0 || out != "" || errOut != "" {
			t.Errorf("--network %s on a clean post: exit %d, stdout %q, stderr %q; want 0 and nothing", id, code, out, errOut)
		}
	}
}

func TestCheckLangFlag(t *testing.T) {
	for _, lang := range []string{"auto", "nl", "en"} {
		code, out, errOut := cli(t, "nl", adPost, "check", "--lang", lang)
		if code != 1 || !strings.Contains(out, "kortingscode") || errOut != "" {
			t.Errorf("--lang %s: exit %d, stdout %q, stderr %q; want the advertising error", lang, code, out, errOut)
		}
	}
	for _, lang := range []string{"fr", "", "dutch", "NL"} {
		code, out, errOut := cli(t, "nl", adPost, "check", "--lang", lang)
		if code != 2 {
			t.Errorf("--lang %q: exit %d, want 2", lang, code)
		}
		if out != "" {
			t.Errorf("--lang %q: printed findings %q despite the bad flag", lang, out)
		}
		if !strings.Contains(errOut, fmt.Sprintf("%q", lang)) || !strings.Contains(errOut, "auto") {
			t.Errorf("--lang %q: stderr %q should name the bad value and the valid ones", lang, errOut)
		}
	}
}

func TestCheckUsageErrors(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	for _, p := range []string{a, b} {
		if err := os.WriteFile(p, []byte(cleanPost), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	missing := filepath.Join(dir, "bestaat-niet.txt")

	for _, tc := range []struct {
		name     string
		args     []string
		mentions []string // key parts of the message on stderr
	}{
		{"unknown format", []string{"--format", "xml"}, []string{`"xml"`, "json"}},
		{"unknown format after the file", []string{"-", "--format=yaml"}, []string{`"yaml"`}},
		{"unknown network", []string{"--network", "myspace"}, []string{`"myspace"`, "linkedin", "bluesky"}},
		{"network in capitals", []string{"--network", "X"}, []string{`"X"`}},
		{"unknown flag", []string{"--bogus"}, []string{"bogus"}},
		{"unknown flag after the file", []string{a, "--verbose"}, []string{"verbose"}},
		{"flag without its value", []string{"--format"}, []string{"format"}},
		{"two files", []string{a, b}, []string{"one file"}},
		{"a file and stdin", []string{a, "-"}, []string{"one file"}},
		{"missing file", []string{missing}, []string{missing}},
		{"a directory", []string{dir}, []string{dir}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := cli(t, "nl", adPost, append([]string{"check"}, tc.args...)...)
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			for _, s := range tc.mentions {
				if !strings.Contains(errOut, s) {
					t.Errorf("stderr %q does not mention %q", errOut, s)
				}
			}
		})
	}
}

func TestCheckInputSources(t *testing.T) {
	dir := t.TempDir()
	post := filepath.Join(dir, "post.txt")
	if err := os.WriteFile(post, []byte(adPost), 0o644); err != nil {
		t.Fatal(err)
	}
	// Whatever the case reads, the other source holds the clean post: a
	// case that reads the wrong one finds nothing.
	for _, tc := range []struct {
		name, stdin string
		args        []string
		json        bool
	}{
		{"file", cleanPost, []string{post}, false},
		{"file with flags before it", cleanPost, []string{"--format", "json", "--network", "x", post}, true},
		{"file with flags after it", cleanPost, []string{post, "--format", "json", "--lang=nl"}, true},
		{"file between flags", cleanPost, []string{"--network", "x", post, "--format=json"}, true},
		{"no file reads stdin", adPost, nil, false},
		{"dash reads stdin", adPost, []string{"-"}, false},
		{"dash with flags after it", adPost, []string{"-", "--format", "json"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := cli(t, "nl", tc.stdin, append([]string{"check"}, tc.args...)...)
			if code != 1 {
				t.Fatalf("exit %d, want 1 for the advertising error; stderr %q", code, errOut)
			}
			if tc.json {
				r := decodeReport(t, out)
				f, ok := findRule(r.Findings, "undisclosed-advertising")
				if !ok || adPost[f.Start:f.End] != "kortingscode" {
					t.Errorf("want the advertising finding on the file's text, got %v", r.Findings)
				}
				return
			}
			if !strings.HasPrefix(out, "2:5 6 error ") {
				t.Errorf("output %q, want the text-format advertising finding at 2:5", out)
			}
		})
	}

	// Standard input, with or without "-", gives the same report.
	_, noFile, _ := cli(t, "nl", orderPost, "check")
	_, dash, _ := cli(t, "nl", orderPost, "check", "-")
	if noFile == "" || noFile != dash {
		t.Errorf("no file printed %q, - printed %q; want the same findings", noFile, dash)
	}
}

func TestCheckRejectsNonText(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("Hallo\nab\xffcd"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, input string
		args        []string
		mentions    []string
	}{
		{"invalid byte after multi-byte", "Hallo\néc\xffd", nil, []string{"2:3", "UTF-8"}},
		{"invalid byte first", "\xfeHallo", nil, []string{"1:1", "UTF-8"}},
		{"truncated character at the end", "Hallo 🎉\nab\xe2\x82", nil, []string{"2:3", "UTF-8"}},
		{"UTF-16 text", "\xff\xfeH\x00a\x00", nil, []string{"1:1"}},
		{"NUL after an emoji", "Hallo\n🎉a\x00b", nil, []string{"2:3", "NUL"}},
		{"NUL with flags after the dash", "Hallo\nab\x00", []string{"-", "--format", "json"}, []string{"2:3", "NUL"}},
		{"invalid file", cleanPost, []string{bad}, []string{"2:3", "UTF-8", bad}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := cli(t, "nl", tc.input, append([]string{"check"}, tc.args...)...)
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			for _, s := range tc.mentions {
				if !strings.Contains(errOut, s) {
					t.Errorf("stderr %q does not mention %q", errOut, s)
				}
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{
		{"check", "--help"},
		{"check", "-h"},
		{"check", "-", "--help"},
		{"--help"},
	} {
		code, out, errOut := cli(t, "nl", adPost, args...)
		if code != 0 {
			t.Errorf("%q: exit %d, want 0", args, code)
		}
		help := out + errOut
		for _, s := range []string{"usage", "format", "network"} {
			if !strings.Contains(help, s) {
				t.Errorf("%q: help %q does not mention %q", args, help, s)
			}
		}
		if strings.Contains(help, "kortingscode") {
			t.Errorf("%q: help also checked the post: %q", args, help)
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	code, out, errOut := cli(t, "nl", adPost, "nonsense")
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if out != "" {
		t.Errorf("stdout %q, want nothing", out)
	}
	if !strings.Contains(errOut, `"nonsense"`) || !strings.Contains(errOut, "check") {
		t.Errorf("stderr %q should name the command and point to check", errOut)
	}
}

func TestCheckMessageLanguage(t *testing.T) {
	t.Setenv("LANG", "en_US.UTF-8") // POSTWIJS_LANG must win over the system locale
	for _, input := range []string{adPost, shoutPost, orderPost} {
		_, nlOut, _ := cli(t, "nl", input, "check", "--format", "json")
		_, enOut, _ := cli(t, "en", input, "check", "--format", "json")
		nl, en := decodeReport(t, nlOut), decodeReport(t, enOut)
		if len(nl.Findings) == 0 || len(nl.Findings) != len(en.Findings) {
			t.Fatalf("%q: %d Dutch and %d English findings, want the same, at least one", input, len(nl.Findings), len(en.Findings))
		}
		for i := range nl.Findings {
			a, b := nl.Findings[i], en.Findings[i]
			if a.Rule != b.Rule || a.Start != b.Start || a.End != b.End || a.Severity != b.Severity {
				t.Errorf("%q: finding %d differs beyond its message: %+v vs %+v", input, i, a, b)
			}
			if a.Message == b.Message {
				t.Errorf("%q: finding %d has the same message in Dutch and English: %q", input, i, a.Message)
			}
		}
	}

	// Key words of each language, in both output formats.
	_, r := checkJSON(t, adPost) // Dutch
	if f, _ := findRule(r.Findings, "undisclosed-advertising"); !strings.Contains(f.Message, "reclame") {
		t.Errorf("Dutch message %q does not say \"reclame\"", f.Message)
	}
	_, enText, _ := cli(t, "en", adPost, "check")
	if !strings.Contains(enText, "advertisement") || strings.Contains(enText, "reclame") {
		t.Errorf("English text output %q should say \"advertisement\", not \"reclame\"", enText)
	}
	_, nlShout, _ := cli(t, "nl", shoutPost, "check")
	_, enShout, _ := cli(t, "en", shoutPost, "check")
	if !strings.Contains(nlShout, "(suggestie: ") || !strings.Contains(enShout, "(suggestion: ") {
		t.Errorf("suggestion label: Dutch %q, English %q", nlShout, enShout)
	}
	if !strings.Contains(enShout, "shouting") {
		t.Errorf("English shouting message %q does not say \"shouting\"", enShout)
	}
}
