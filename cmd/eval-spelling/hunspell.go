package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

// hunspell runs the hunspell command in ispell pipe mode ("-a") so its
// figures stand beside ours in one run. It is a reference only: the app
// does not use hunspell.
type hunspell struct{ ok bool }

func hunspellAvailable(want bool) hunspell {
	if !want {
		fmt.Println("\n(hunspell comparison switched off)")
		return hunspell{}
	}
	if _, err := exec.LookPath("hunspell"); err != nil {
		fmt.Println("\n(hunspell is not installed: no comparison; sudo apt install hunspell)")
		return hunspell{}
	}
	return hunspell{ok: true}
}

// verdict is hunspell's answer for one line.
type verdict struct {
	Wrong bool
	Sugg  []string
}

// check asks hunspell about every word. Hunspell needs minutes for the
// corrections list, so its answers are kept in the user's cache directory
// (never in the repository), keyed by the words and hunspell's version.
func (h hunspell) check(dicts string, words []string) ([]verdict, error) {
	path := cachePath(dicts, words)
	if raw, err := os.ReadFile(path); err == nil {
		var out []verdict
		if json.Unmarshal(raw, &out) == nil && len(out) == len(words) {
			return out, nil
		}
	}
	out, err := h.run(dicts, words)
	if err == nil && path != "" {
		if raw, err := json.Marshal(out); err == nil && os.MkdirAll(filepath.Dir(path), 0o700) == nil {
			_ = os.WriteFile(path, raw, 0o600)
		}
	}
	return out, err
}

func cachePath(dicts string, words []string) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	version, _ := exec.Command("hunspell", "-v").Output()
	hash := sha256.New()
	fmt.Fprintf(hash, "%s\n%s\n%s", dicts, version, strings.Join(words, "\n"))
	for _, d := range strings.Split(dicts, ",") {
		if st, err := os.Stat("/usr/share/hunspell/" + d + ".dic"); err == nil {
			fmt.Fprintf(hash, "\n%d %d", st.Size(), st.ModTime().UnixNano())
		}
	}
	return filepath.Join(dir, "postwijs", "eval-hunspell", hex.EncodeToString(hash.Sum(nil))[:24]+".json")
}

// run asks hunspell in two processes at once (the machine has two cores
// and hunspell's suggestions are slow).
func (h hunspell) run(dicts string, words []string) ([]verdict, error) {
	out := make([]verdict, len(words))
	half := (len(words) + 1) / 2
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for p := 0; p < 2; p++ {
		lo, hi := p*half, min((p+1)*half, len(words))
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[p] = runHunspell(dicts, words[lo:hi], out[lo:hi])
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func runHunspell(dicts string, words []string, out []verdict) error {
	cmd := exec.Command("hunspell", "-d", dicts, "-a")
	var in strings.Builder
	for _, w := range words {
		// "^" makes hunspell read the line as text, never as a command.
		in.WriteString("^" + w + "\n")
	}
	cmd.Stdin = strings.NewReader(in.String())
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	sc.Scan() // the version banner
	i := 0
	for sc.Scan() && i < len(out) {
		line := sc.Text()
		if line == "" {
			i++
			continue
		}
		readVerdict(line, &out[i])
	}
	return cmd.Wait()
}

// readVerdict reads "& word n off: a, b" or "# word off" (misspelled) and
// "*", "+ root", "-" (correct). A line hunspell split into several words is
// wrong if any of them is, with the first misspelled word's suggestions.
func readVerdict(line string, v *verdict) {
	switch line[0] {
	case '&':
		if !v.Wrong {
			if i := strings.Index(line, ": "); i >= 0 {
				v.Sugg = strings.Split(line[i+2:], ", ")
			}
		}
		v.Wrong = true
	case '#':
		v.Wrong = true
	}
}
