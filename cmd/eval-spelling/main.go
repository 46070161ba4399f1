// Command eval-spelling measures package spelling: load time and memory,
// the speed of checking a post, suggestion quality and latency on OpenTaal's
// list of real misspellings, and false alarms on ordinary prose, each beside
// hunspell's figures when the hunspell command is installed.
//
//	go run ./cmd/eval-spelling [-corpora ../shared/corpora] [-hunspell=false] [-show] [-corpus-only]
//
// The corpora are read where they are, never copied. Weights were tuned on
// the odd rows of the corrections list only; the even rows are reported
// apart as held-out data. -show lists the odd rows whose right word is not
// in the top three, to study; it never lists an even row.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	corpora := flag.String("corpora", "../shared/corpora", "directory with opentaal-corrections.tsv")
	prose := flag.String("prose", "spelling/testdata", "directory with prose-nl.txt and prose-en.txt")
	useHunspell := flag.Bool("hunspell", true, "compare with the hunspell command when it is installed")
	show := flag.Bool("show", false, "list the odd (tuned) rows whose right word is not in the top three; never the even rows")
	corpusOnly := flag.Bool("corpus-only", false, "skip the timing of a post and the prose false alarms")
	flag.Parse()

	s, err := measureLoad()
	if err != nil {
		fmt.Println("spelling not available:", err)
		return
	}
	hun := hunspellAvailable(*useHunspell)
	if !*corpusOnly {
		measureCheck(s, *prose)
		measureProse(s, *prose, hun)
	}
	path := filepath.Join(*corpora, "opentaal-corrections.tsv")
	if _, err := os.Stat(path); err != nil {
		fmt.Printf("\nCorpus: %s not found; the suggestion figures need ../shared/corpora beside the checkout.\n", path)
		return
	}
	measureCorpus(s, path, hun, *show)
}
