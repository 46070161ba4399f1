package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"postwijs/drafts"
)

const draftsUsage = `usage: postwijs drafts list [--format text|json]
       postwijs drafts show ID [--format text|json]
       postwijs drafts search QUERY [--format text|json]
       postwijs drafts export [--format json|markdown] [--out PATH]
       postwijs drafts import PATH
Every command takes --data DIR (default: $POSTWIJS_DATA, else the user
data directory), before or after the command. list, search and export
leave out the drafts in the bin. export writes JSON to --out or standard
output, Markdown as one file per draft into the directory --out. import
reads a .json file, a .md file or a directory of .md files, and adds all
of it or nothing.`

// draftsCmd is a parsed `postwijs drafts` command line.
type draftsCmd struct {
	name     string   // list, show, search, export, import
	operands []string // after the name
	data     string
	format   string
	out      string
	set      map[string]bool // flags given explicitly
}

// runDrafts is `postwijs drafts COMMAND …`, see draftsUsage. It returns
// the exit status: 0 on success, 1 when the drafts or a file cannot be
// read or written (the reason on stderr), 2 for bad usage.
func runDrafts(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd, err := parseDrafts(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		if msg := err.Error(); msg != "" {
			fmt.Fprintln(stderr, "postwijs drafts:", msg)
			fmt.Fprintln(stderr, draftsUsage)
		}
		return 2
	}
	if err := cmd.run(stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "postwijs drafts %s: %v\n", cmd.name, err)
		return 1
	}
	return 0
}

// errFlagReported is a usage error the flag package has already printed.
var errFlagReported = errors.New("")

func parseDrafts(args []string, stderr io.Writer) (*draftsCmd, error) {
	fs := flag.NewFlagSet("drafts", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, draftsUsage) }
	c := &draftsCmd{set: map[string]bool{}}
	fs.StringVar(&c.data, "data", "", "directory of the drafts database")
	fs.StringVar(&c.format, "format", "", "output format")
	fs.StringVar(&c.out, "out", "", "export to this file or directory")
	words, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil, err
	}
	if err != nil {
		return nil, errFlagReported
	}
	fs.Visit(func(f *flag.Flag) { c.set[f.Name] = true })
	if len(words) == 0 {
		return nil, errors.New("which command?")
	}
	c.name, c.operands = words[0], words[1:]
	return c, c.validate()
}

// validate checks the operands and flags of each command, and fills in
// the default format.
func (c *draftsCmd) validate() error {
	formats, operands := []string{"text", "json"}, 0
	switch c.name {
	case "list":
	case "show", "import":
		operands = 1
	case "search":
		operands = -1 // one or more words
	case "export":
		formats = []string{"json", "markdown"}
	default:
		return fmt.Errorf("unknown command %q", c.name)
	}
	if err := c.checkOperands(operands); err != nil {
		return err
	}
	if c.name == "import" && (c.set["format"] || c.set["out"]) {
		return errors.New("import takes no --format or --out: it reads the format from PATH")
	}
	if c.name != "export" && c.set["out"] {
		return fmt.Errorf("%s takes no --out", c.name)
	}
	return c.checkFormat(formats)
}

func (c *draftsCmd) checkOperands(want int) error {
	switch {
	case want == -1 && len(c.operands) == 0:
		return errors.New("search needs a QUERY")
	case want >= 0 && len(c.operands) != want:
		return fmt.Errorf("%s takes %d argument(s), got %d", c.name, want, len(c.operands))
	}
	if c.name == "show" {
		if id, err := strconv.ParseInt(c.operands[0], 10, 64); err != nil || id <= 0 {
			return fmt.Errorf("ID must be a draft number, not %q", c.operands[0])
		}
	}
	return nil
}

func (c *draftsCmd) checkFormat(allowed []string) error {
	if c.format == "" {
		c.format = allowed[0]
	}
	for _, f := range allowed {
		if c.format == f {
			if f == "markdown" && c.out == "" {
				return errors.New("--format markdown needs --out DIR")
			}
			return nil
		}
	}
	return fmt.Errorf("unknown format %q (use %s)", c.format, strings.Join(allowed, " or "))
}

func (c *draftsCmd) run(stdout, stderr io.Writer) error {
	dir, err := drafts.DataDir(c.data)
	if err != nil {
		return err
	}
	if c.name == "import" {
		return c.importPath(dir, stdout, stderr)
	}
	s, err := openForReading(dir, stderr)
	if err != nil {
		return err
	}
	defer s.Close()
	switch c.name {
	case "list":
		return c.printList(s, "", stdout)
	case "search":
		return c.printList(s, strings.Join(c.operands, " "), stdout)
	case "show":
		return c.show(s, stdout)
	}
	return c.export(s, stdout)
}

// openForReading opens the store and, while the window has it open (and
// locked), reads beside it instead: listing or exporting is safe then.
func openForReading(dir string, stderr io.Writer) (*drafts.Store, error) {
	s, err := drafts.Open(dir)
	if errors.Is(err, drafts.ErrLocked) {
		return drafts.OpenReadOnly(dir)
	}
	if err == nil && s.Recovered() != "" {
		fmt.Fprintf(stderr, "postwijs drafts: the database could not be read and was moved aside to %s\n", s.Recovered())
	}
	return s, err
}

func (c *draftsCmd) printList(s *drafts.Store, query string, stdout io.Writer) error {
	ds, err := s.List(query)
	if err != nil {
		return err
	}
	if c.format == "json" {
		return drafts.WriteJSON(stdout, ds)
	}
	for _, d := range ds {
		_, err := fmt.Fprintf(stdout, "%d\t%s\t%s\t%s\t%s\n", d.ID, d.Status, network(d),
			localTime(d.Updated), displayTitle(d))
		if err != nil {
			return err
		}
	}
	return nil
}

func (c *draftsCmd) show(s *drafts.Store, stdout io.Writer) error {
	id, _ := strconv.ParseInt(c.operands[0], 10, 64) // checked by validate
	d, err := s.Get(id)
	if errors.Is(err, drafts.ErrNotFound) {
		return fmt.Errorf("there is no draft %d", id)
	}
	if err != nil {
		return err
	}
	if c.format == "json" {
		return drafts.EncodeJSON(stdout, drafts.ToJSON(d))
	}
	_, err = io.WriteString(stdout, showText(d))
	return err
}

// showText is a few "key: value" lines, a blank line and the body as is.
func showText(d drafts.Draft) string {
	var b strings.Builder
	line := func(key, value string) { fmt.Fprintf(&b, "%-9s %s\n", key+":", value) }
	line("id", strconv.FormatInt(d.ID, 10))
	line("title", strings.Map(oneLine, d.Title))
	line("network", network(d))
	line("status", d.Status)
	if !d.PostedAt.IsZero() {
		line("posted", localTime(d.PostedAt)+" on "+d.PostedOn)
	}
	if d.Lang != "" {
		line("language", d.Lang)
	}
	line("created", localTime(d.Created))
	line("updated", localTime(d.Updated))
	if !d.Deleted.IsZero() {
		line("deleted", localTime(d.Deleted)+" (in the bin)")
	}
	b.WriteString("\n" + d.Body)
	if !strings.HasSuffix(d.Body, "\n") {
		b.WriteString("\n")
	}
	return b.String()
}

func (c *draftsCmd) export(s *drafts.Store, stdout io.Writer) error {
	ds, err := s.List("")
	if err != nil {
		return err
	}
	switch {
	case c.format == "markdown":
		err = drafts.ExportMarkdown(c.out, ds)
	case c.out == "":
		return drafts.WriteJSON(stdout, ds)
	default:
		err = drafts.ExportJSON(c.out, ds)
	}
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "%s exported to %s\n", count(len(ds), "draft"), c.out)
	return err
}

// importPath reads everything before it writes anything, and the store
// adds it in one transaction: a bad file or draft leaves no trace.
func (c *draftsCmd) importPath(dir string, stdout, stderr io.Writer) error {
	ds, err := drafts.ReadExport(c.operands[0])
	if err != nil {
		return err
	}
	s, err := drafts.Open(dir)
	if errors.Is(err, drafts.ErrLocked) {
		return fmt.Errorf("%w; close Postwijs and import again", err)
	}
	if err != nil {
		return err
	}
	defer s.Close()
	added, skipped, err := s.Import(ds)
	if err != nil {
		return err
	}
	msg := count(added, "draft") + " added"
	if skipped > 0 {
		msg += fmt.Sprintf(", %d already there", skipped)
	}
	_, err = fmt.Fprintln(stdout, msg)
	return err
}

// count is "1 draft" or "3 drafts".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func network(d drafts.Draft) string {
	if d.Network == "" {
		return "linkedin"
	}
	return d.Network
}

func localTime(t time.Time) string { return t.Local().Format("2006-01-02 15:04") }

// displayTitle is the title, else the start of the body, on one line.
func displayTitle(d drafts.Draft) string {
	if t := strings.TrimSpace(strings.Map(oneLine, d.Title)); t != "" {
		return t
	}
	body := strings.Join(strings.Fields(d.Body), " ")
	if r := []rune(body); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	if body == "" {
		return "-"
	}
	return body
}
