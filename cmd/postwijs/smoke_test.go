package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"postwijs/drafts"
)

// TestWindowSmoke builds the real binary, starts it under a virtual X
// server with a temporary data directory, finds its window, types a post,
// and checks that the post was autosaved and that the window shows
// something. It needs Xvfb, xdotool and ImageMagick (scripts/deps.sh
// installs them); without them it is skipped, except in CI.
func TestWindowSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the real binary; skipped with -short")
	}
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is missing; run scripts/deps.sh", tool)
			}
			t.Skipf("%s is missing; run scripts/deps.sh", tool)
		}
	}
	bin := buildBinary(t)
	display := startXvfb(t)
	data := t.TempDir()
	// A returning user: the first-run questions were answered before.
	if err := os.WriteFile(filepath.Join(data, "settings.toml"), []byte("[user]\nsetup_done = true\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	app := exec.Command(bin, "--data", data)
	app.Env = append(os.Environ(), "DISPLAY="+display, "POSTWIJS_LANG=nl")
	var appLog bytes.Buffer
	app.Stdout, app.Stderr = &appLog, &appLog
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { app.Process.Kill(); app.Wait() })

	win := xdotool(t, display, 60*time.Second, "search", "--sync", "--name", "^Postwijs$")
	if win == "" {
		t.Fatalf("no Postwijs window appeared; app output:\n%s", appLog.String())
	}
	time.Sleep(500 * time.Millisecond) // let the editor take the focus
	post := "Met kortingscode ANNA10 krijg je korting"
	xdotool(t, display, 30*time.Second, "type", "--delay", "5", post)

	waitForSavedDraft(t, data, post)
	checkScreenshot(t, display)
}

var built struct {
	once sync.Once
	bin  string
	err  error
	out  []byte
}

// buildBinary compiles cmd/postwijs with the real (OpenGL) driver, once
// for all tests of the package.
func buildBinary(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		dir, err := os.MkdirTemp("", "postwijs-bin")
		if err != nil {
			built.err = err
			return
		}
		built.bin = filepath.Join(dir, "postwijs")
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
		defer cancel()
		built.out, built.err = exec.CommandContext(ctx, "go", "build", "-tags", "sqlite_fts5", "-o", built.bin, ".").CombinedOutput()
	})
	if built.err != nil {
		t.Fatalf("go build: %v\n%s", built.err, built.out)
	}
	return built.bin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.bin != "" {
		os.RemoveAll(filepath.Dir(built.bin))
	}
	os.Exit(code)
}

// startXvfb starts a virtual X server on a free display and returns it.
func startXvfb(t *testing.T) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		t.Fatalf("Xvfb did not report its display: %v", err)
	}
	return ":" + strings.TrimSpace(line)
}

func xdotool(t *testing.T, display string, timeout time.Duration, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("xdotool %v: %v", args, err)
	}
	return strings.TrimSpace(string(out))
}

// waitForSavedDraft reads the app's database, as the app runs, until the
// typed post is there: the autosave wrote it.
func waitForSavedDraft(t *testing.T, data, post string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if body := newestBody(t, data); body == post {
			return
		} else if time.Now().After(deadline) {
			t.Fatalf("the newest draft holds %q, want %q", body, post)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// newestBody reads the database beside the running app, as `postwijs
// drafts list` does.
func newestBody(t *testing.T, data string) string {
	store, err := drafts.OpenReadOnly(data)
	if err != nil {
		return "" // not created yet
	}
	defer store.Close()
	list, err := store.List("")
	if err != nil || len(list) == 0 {
		return ""
	}
	return list[0].Body
}

// checkScreenshot grabs the screen and checks it shows a window with
// content: many colours, not a blank or single-coloured screen.
func checkScreenshot(t *testing.T, display string) {
	t.Helper()
	shot := filepath.Join(t.TempDir(), "shot.png")
	cmd := exec.Command("import", "-window", "root", shot)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if n := colours(img); n < 50 {
		t.Fatalf("the screen shows only %d colours: no window content", n)
	}
}

func colours(img image.Image) int {
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	return len(seen)
}

// The real binary's check command speaks the same contract as the tests
// of runCheck: exit 1 and JSON findings for a post with an error.
func TestBinaryCheckCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the real binary; skipped with -short")
	}
	bin := buildBinary(t)
	cmd := exec.Command(bin, "check", "--format", "json", "-")
	cmd.Stdin = strings.NewReader("Met kortingscode ANNA10 krijg je korting")
	out, err := cmd.Output()
	if code := cmd.ProcessState.ExitCode(); code != 1 {
		t.Fatalf("exit %d (%v), want 1; output %s", code, err, out)
	}
	var got struct {
		Findings []struct {
			Rule string `json:"rule"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(out, &got); err != nil || len(got.Findings) == 0 || got.Findings[0].Rule != "undisclosed-advertising" {
		t.Fatalf("output %s (%v)", out, err)
	}
}
