// Command eval-tone measures the tone and respect rules (policy points 7
// and 10) against HateCheck-NL, a public set of Dutch test sentences
// labelled hateful or not, and reports how much of the GrofLex lexicon of
// Dutch insults the word lists cover.
//
//	go run ./cmd/eval-tone [-corpora DIR] [-show caught|missed|alarms|silent] [-rows all|odd|even] [-func NAME]
//
// A HateCheck row counts as caught when any point-7 or point-10 finding of
// severity warning or error fires. The rules were developed on the odd
// rows; the even rows were not looked at, so their figures are the honest
// ones. The corpora are read only here, never copied into the project: they
// sit in ../shared/corpora beside the checkout, and without them the
// command says so and exits 0.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval-tone", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("corpora", filepath.Join("..", "shared", "corpora"), "directory with hatecheck-nl.csv and groflex.tsv")
	show := fs.String("show", "", "list rows: caught, missed (hateful, silent), alarms (non-hateful, flagged) or silent")
	rows := fs.String("rows", "odd", "rows to list with -show: all, odd or even")
	only := fs.String("func", "", "with -show: only this functionality")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	hc := filepath.Join(*dir, "hatecheck-nl.csv")
	if _, err := os.Stat(hc); err != nil {
		fmt.Fprintf(stdout, "eval-tone: no corpora at %s (%v); nothing to measure.\n", *dir, err)
		return 0
	}
	cases, err := readHateCheck(hc)
	if err != nil {
		fmt.Fprintln(stderr, "eval-tone:", err)
		return 1
	}
	results := judge(cases)
	if *show != "" {
		list(stdout, results, *show, *rows, *only)
		return 0
	}
	summary(stdout, results)
	functionalities(stdout, results)
	rules(stdout, results)
	coverage(stdout, filepath.Join(*dir, "groflex.tsv"))
	return 0
}
