// Command postwijs opens the Postwijs window, or checks a post from the
// command line:
//
//	postwijs [--data DIR]                   open the window
//	postwijs check [flags] [FILE|-]         check a post; see `postwijs check --help`
//
// The environment variable POSTWIJS_DATA sets the data directory when
// --data is not given; POSTWIJS_LANG (nl or en) sets the language of the
// interface and the messages, which otherwise follows the system locale
// and is Dutch unless the system asks for English.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"postwijs/drafts"
	"postwijs/ui"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	locale := systemLocale()
	args = dataFlagAfterDrafts(args)
	if len(args) > 0 && args[0] == "check" {
		return runCheck(args[1:], stdin, stdout, stderr, locale)
	}
	if len(args) > 0 && args[0] == "drafts" {
		return runDrafts(args[1:], stdin, stdout, stderr)
	}
	fs := flag.NewFlagSet("postwijs", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "directory for drafts and settings (default: $POSTWIJS_DATA, else the user data directory)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: postwijs [--data DIR]\n       postwijs check [--format text|json] [--lang auto|nl|en] [--network NAME] [FILE|-]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "postwijs: unknown command %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	dir, err := drafts.DataDir(*data)
	if err != nil {
		fmt.Fprintln(stderr, "postwijs:", err)
		return 2
	}
	if err := ui.Run(ui.Config{DataDir: dir, Locale: locale, LocaleForced: os.Getenv("POSTWIJS_LANG") != ""}); err != nil {
		fmt.Fprintln(stderr, "postwijs:", err)
		return 1
	}
	return 0
}

// dataFlagAfterDrafts lets `postwijs --data DIR drafts list` mean
// `postwijs drafts --data DIR list`, as people write global flags first.
func dataFlagAfterDrafts(args []string) []string {
	switch {
	case len(args) >= 3 && (args[0] == "--data" || args[0] == "-data") && args[2] == "drafts":
		return append([]string{"drafts", args[0], args[1]}, args[3:]...)
	case len(args) >= 2 && strings.HasPrefix(strings.TrimLeft(args[0], "-"), "data=") && args[1] == "drafts":
		return append([]string{"drafts", args[0]}, args[2:]...)
	}
	return args
}

// systemLocale picks the language of the interface: POSTWIJS_LANG, else
// the system locale; Dutch unless English is asked for.
func systemLocale() string {
	for _, v := range []string{"POSTWIJS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"} {
		if l := os.Getenv(v); l != "" {
			if strings.HasPrefix(strings.ToLower(l), "en") {
				return "en"
			}
			return "nl"
		}
	}
	return "nl"
}
