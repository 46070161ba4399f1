package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"postwijs/checker"
	"postwijs/spelling"
)

// maxInput is the largest text `check` reads: far beyond any network's
// limit, small enough that a wrong file name cannot exhaust memory.
const maxInput = 16 << 20

// runCheck is `postwijs check [--format text|json] [--lang auto|nl|en]
// [--network NAME] [FILE|-]`. It returns the exit status: 0 without error
// findings, 1 with, 2 for bad usage or unreadable input.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer, locale string) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output: text or json")
	lang := fs.String("lang", "auto", "language of the post: auto, nl or en")
	network := fs.String("network", checker.DefaultNetwork, "target network: "+networkIDs())
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: postwijs check [--format text|json] [--lang auto|nl|en] [--network NAME] [FILE|-]")
		fs.PrintDefaults()
	}
	files, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2
	}
	if msg := validate(*format, *lang, *network, files); msg != "" {
		fmt.Fprintln(stderr, "postwijs check:", msg)
		return 2
	}
	text, err := readInput(files, stdin)
	if err != nil {
		fmt.Fprintln(stderr, "postwijs check:", err)
		return 2
	}
	speller, err := spelling.Load(spelling.Options{})
	if err != nil {
		// Spelling is one check of many; say what is missing and go on.
		fmt.Fprintln(stderr, "postwijs check:", err)
	}
	findings := checker.Check(text, checker.Options{Lang: *lang, Network: *network, Locale: locale, Speller: speller})
	if *format == "json" {
		err = writeJSON(stdout, findings)
	} else {
		err = writeText(stdout, text, findings, locale)
	}
	if err != nil {
		fmt.Fprintln(stderr, "postwijs check:", err)
		return 2
	}
	if errs, _, _ := checker.Counts(findings); errs > 0 {
		return 1
	}
	return 0
}

// parseInterleaved lets flags follow the file name, as in
// `postwijs check post.txt --format json`.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return files, nil
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func validate(format, lang, network string, files []string) string {
	switch {
	case format != "text" && format != "json":
		return fmt.Sprintf("unknown format %q (use text or json)", format)
	case lang != "auto" && lang != "nl" && lang != "en":
		return fmt.Sprintf("unknown language %q (use auto, nl or en)", lang)
	case len(files) > 1:
		return "give at most one file (or - for standard input)"
	}
	if _, ok := checker.NetworkByID(network); !ok {
		return fmt.Sprintf("unknown network %q (use %s)", network, networkIDs())
	}
	return ""
}

func networkIDs() string {
	var ids []string
	for _, n := range checker.Networks {
		ids = append(ids, n.ID)
	}
	return strings.Join(ids, ", ")
}

// readInput reads the file, or standard input for "-" or no file, and
// refuses what is not text: invalid UTF-8, NUL bytes, or too much of it.
func readInput(files []string, stdin io.Reader) (string, error) {
	name, r := "standard input", stdin
	if len(files) == 1 && files[0] != "-" {
		f, err := os.Open(files[0])
		if err != nil {
			return "", fmt.Errorf("cannot read %s: %w", files[0], errors.Unwrap(err))
		}
		defer f.Close()
		name, r = files[0], f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return "", fmt.Errorf("cannot read %s: %w", name, err)
	}
	if len(data) > maxInput {
		return "", fmt.Errorf("%s is larger than %d MiB; a post is never that long", name, maxInput>>20)
	}
	// Report the first problem, so that only valid text precedes it.
	nul, bad := bytes.IndexByte(data, 0), firstInvalid(data)
	if bad < len(data) && (nul < 0 || bad < nul) {
		line, col := lineCol(string(data), bad)
		return "", fmt.Errorf("%s is not valid UTF-8 at %d:%d (byte %d); save it as UTF-8 and try again", name, line, col, bad)
	}
	if nul >= 0 {
		line, col := lineCol(string(data), nul)
		return "", fmt.Errorf("%s holds a NUL byte at %d:%d (byte %d); is it a text file?", name, line, col, nul)
	}
	return string(data), nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// lineCol turns a byte offset into a 1-based line and a 1-based column in
// characters, as editors count them.
func lineCol(text string, offset int) (line, col int) {
	before := text[:offset]
	line = strings.Count(before, "\n") + 1
	col = utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
	return line, col
}

func writeJSON(w io.Writer, findings []checker.Finding) error {
	if findings == nil {
		findings = []checker.Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Findings []checker.Finding `json:"findings"`
	}{findings})
}

func writeText(w io.Writer, text string, findings []checker.Finding, locale string) error {
	for _, f := range findings {
		line, col := lineCol(text, f.Start)
		// A message may quote a span that crosses a line break; keep
		// one line per finding.
		msg := strings.Map(oneLine, f.Message)
		if len(f.Suggestions) > 0 {
			label := "suggestie"
			if locale == "en" {
				label = "suggestion"
			}
			msg += fmt.Sprintf(" (%s: %q)", label, f.Suggestions[0])
		}
		if _, err := fmt.Fprintf(w, "%d:%d %d %s %s\n", line, col, f.Point, f.Severity, msg); err != nil {
			return err
		}
	}
	return nil
}

// oneLine maps line breaks to spaces.
func oneLine(r rune) rune {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return ' '
	}
	return r
}
