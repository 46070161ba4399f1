package drafts

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestDataDirPrecedence(t *testing.T) {
	flag, env, xdg := t.TempDir(), t.TempDir(), t.TempDir()
	t.Setenv("POSTWIJS_DATA", env)
	t.Setenv("XDG_DATA_HOME", xdg)

	assertDataDir(t, flag, flag) // the flag beats everything
	assertDataDir(t, "", env)    // then $POSTWIJS_DATA

	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("XDG fallback applies to Linux/BSD only")
	}
	t.Setenv("POSTWIJS_DATA", "") // empty counts as unset
	assertDataDir(t, "", filepath.Join(xdg, "postwijs"))

	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", "")
	assertDataDir(t, "", filepath.Join(home, ".local", "share", "postwijs"))
	t.Setenv("XDG_DATA_HOME", "relative/dir") // invalid per the XDG spec
	assertDataDir(t, "", filepath.Join(home, ".local", "share", "postwijs"))
}

func TestDataDirMakesRelativePathsAbsolute(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	assertDataDir(t, "mydata", filepath.Join(wd, "mydata"))
	t.Setenv("POSTWIJS_DATA", "envdata")
	assertDataDir(t, "", filepath.Join(wd, "envdata"))
}

func assertDataDir(t *testing.T, flag, want string) {
	t.Helper()
	got, err := DataDir(flag)
	if err != nil {
		t.Fatalf("DataDir(%q): %v", flag, err)
	}
	if got != want {
		t.Errorf("DataDir(%q) = %q, want %q", flag, got, want)
	}
}
