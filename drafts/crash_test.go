package drafts

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The crash test runs this test binary again as a child that saves drafts
// as fast as it can and reports each save that returned, and kills it with
// SIGKILL at a random moment: while starting, opening, migrating, or in
// the middle of a transaction. After every kill the database must open,
// pass integrity_check, and hold every save the child reported (or a
// later one: a save can be committed just before the kill, unreported).
const (
	crashDirEnv = "POSTWIJS_CRASH_DIR"
	crashSeqEnv = "POSTWIJS_CRASH_SEQ"
)

func TestKillDuringSaves(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes for about ten seconds")
	}
	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewSource(seed))
	t.Logf("seed %d", seed)
	dir := t.TempDir()
	reported := map[int64]int{} // draft id → highest sequence number reported
	next, runs, midWrite := 1, 0, 0
	for deadline := time.Now().Add(12 * time.Second); runs < 60 && time.Now().Before(deadline); runs++ {
		saves := killWriter(t, dir, next, rng, reported)
		if saves > 0 {
			midWrite++
		}
		next += saves + 100_000 // unreported saves may have used the next numbers
		checkAfterCrash(t, dir, reported)
	}
	t.Logf("%d kills, %d of them while saving; %d drafts checked", runs, midWrite, len(reported))
	if midWrite < runs/4 {
		t.Errorf("only %d of %d kills hit the child while it was saving", midWrite, runs)
	}
}

// killWriter starts a child, kills it after a random time and returns how
// many saves it reported, recording them in reported.
func killWriter(t *testing.T, dir string, seq int, rng *rand.Rand, reported map[int64]int) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashWriterProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashDirEnv+"="+dir, crashSeqEnv+"="+strconv.Itoa(seq))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	saves := 0
	firstSave := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		readReports(out, func(id int64, n int) {
			mu.Lock()
			defer mu.Unlock()
			if saves == 0 {
				close(firstSave)
			}
			saves++
			reported[id] = max(reported[id], n)
		})
	}()
	// Half the time the kill comes within the first 20 ms: while the child
	// starts, opens and migrates, or at its first saves. Otherwise it comes
	// while the child is saving, after it proved it holds the lock.
	if rng.Intn(2) == 0 {
		time.Sleep(time.Duration(rng.Intn(20_000)) * time.Microsecond)
	} else {
		select {
		case <-firstSave:
			assertLockedByChild(t, dir)
		case <-time.After(5 * time.Second):
			t.Fatalf("the child saved nothing in 5 s: %s", stderr.String())
		}
		time.Sleep(time.Duration(rng.Intn(100_000)) * time.Microsecond)
	}
	cmd.Process.Kill() // SIGKILL on Unix: no deferred code runs in the child
	cmd.Wait()
	<-done
	if strings.Contains(stderr.String(), "crash writer:") {
		t.Fatalf("the child failed: %s", stderr.String())
	}
	mu.Lock()
	defer mu.Unlock()
	return saves
}

// readReports calls report for every complete "saved ID SEQ" line. A line
// cut short by the kill is not a report.
func readReports(r io.Reader, report func(id int64, seq int)) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		var id int64
		var seq int
		if n, _ := fmt.Sscanf(sc.Text(), "saved %d %d", &id, &seq); n == 2 {
			report(id, seq)
		}
	}
}

// A second process must be refused while the child holds the database.
func assertLockedByChild(t *testing.T, dir string) {
	t.Helper()
	if s, err := Open(dir); !errors.Is(err, ErrLocked) {
		if err == nil {
			s.Close()
		}
		t.Fatalf("Open beside a running writer: err = %v, want ErrLocked", err)
	}
}

func checkAfterCrash(t *testing.T, dir string, reported map[int64]int) {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after kill: %v", err)
	}
	defer s.Close()
	if s.Recovered() != "" {
		t.Fatalf("a killed writer left a file Open took for damaged: %s", s.Recovered())
	}
	integrityCheck(t, s.db)
	if _, err := s.db.Exec(`INSERT INTO drafts_fts (drafts_fts) VALUES ('integrity-check')`); err != nil {
		t.Fatalf("search index integrity: %v", err)
	}
	for id, want := range reported {
		d, err := s.Get(id)
		if err != nil {
			t.Fatalf("draft %d, reported saved, is gone: %v", id, err)
		}
		got := markOf(d.Body)
		if got < want {
			t.Fatalf("draft %d holds save %d, but save %d was reported", id, got, want)
		}
		// The x ends the number, so the prefix matches this save only.
		if found, _ := s.List(fmt.Sprintf("merk%dx", got)); len(found) != 1 || found[0].ID != id {
			t.Fatalf("search for draft %d's latest text finds %v", id, ids(found))
		}
	}
}

func markOf(body string) int {
	n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(strings.Fields(body)[0], "merk"), "x"))
	return n
}

// TestCrashWriterProcess is the child of TestKillDuringSaves; run on its
// own it does nothing.
func TestCrashWriterProcess(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("the child process of TestKillDuringSaves")
	}
	seq, _ := strconv.Atoi(os.Getenv(crashSeqEnv))
	if err := crashWriter(dir, seq); err != nil {
		fmt.Fprintln(os.Stderr, "crash writer:", err)
		os.Exit(1)
	}
}

// crashWriter creates and saves drafts until it is killed, or for 20 s if
// the parent is gone. Each body starts with merkSEQx. It writes the report
// line only after Save returned, in one write.
func crashWriter(dir string, seq int) error {
	s, err := Open(dir)
	if err != nil {
		return err
	}
	existing, err := s.List("")
	if err != nil {
		return err
	}
	var ids []int64
	for _, d := range existing {
		ids = append(ids, d.ID)
	}
	rng := rand.New(rand.NewSource(int64(seq)))
	for stop := time.Now().Add(20 * time.Second); time.Now().Before(stop); seq++ {
		d := Draft{Title: "Crash", Body: fmt.Sprintf("merk%dx %s", seq, dutchText(rng, 200+rng.Intn(1300)))}
		create := len(ids) == 0 || rng.Intn(10) == 0
		if create {
			d, err = s.Create(d)
		} else {
			d.ID = ids[rng.Intn(len(ids))]
			d, err = s.Save(d)
		}
		if err != nil {
			return err
		}
		if create {
			ids = append(ids, d.ID)
		}
		if _, err := fmt.Fprintf(os.Stdout, "saved %d %d\n", d.ID, seq); err != nil {
			return err
		}
	}
	return s.Close()
}

// A process killed inside a transaction in rollback-journal mode (the
// first migrations of a new file run before WAL is on) leaves a hot
// journal. Open must roll it back, not fail on every start from then on.
// The copy taken in the middle of a transaction is what a kill leaves.
func TestOpenRollsBackAHotJournal(t *testing.T) {
	src, dir := t.TempDir(), t.TempDir()
	db := rawDB(t, filepath.Join(src, fileName))
	defer db.Close()
	execRaw(t, db, "PRAGMA journal_mode=DELETE")
	execRaw(t, db, version1SQL...)
	execRaw(t, db, "PRAGMA cache_size=1", "BEGIN", // a tiny cache spills changes into the file
		"UPDATE drafts SET body = hex(randomblob(3000))")
	for _, suffix := range []string{"", "-journal"} {
		if err := copyFile(filepath.Join(src, fileName+suffix), filepath.Join(dir, fileName+suffix)); err != nil {
			t.Fatalf("setup, copying %s: %v", suffix, err)
		}
	}
	execRaw(t, db, "ROLLBACK")

	s := openStore(t, dir)
	integrityCheck(t, s.db)
	if got := mustGet(t, s, 1); got.Body != "Eerste versie" {
		t.Errorf("body %.20q…, want the text from before the interrupted transaction", got.Body)
	}
	if s.Recovered() != "" {
		t.Errorf("the file was moved aside as damaged: %s", s.Recovered())
	}
}
