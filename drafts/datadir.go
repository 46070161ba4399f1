package drafts

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
)

// appName is the directory name on platforms whose convention is a
// capitalised application folder (Windows, macOS).
const appName = "Postwijs"

// DataDir resolves where Postwijs keeps its data: flag (from --data) if non-empty,
// else $POSTWIJS_DATA if set, else the platform default: on Linux/BSD $XDG_DATA_HOME/postwijs
// or ~/.local/share/postwijs; on Windows %AppData%\Postwijs (os.UserConfigDir); on macOS
// ~/Library/Application Support/Postwijs.
//
// Explicit choices are made absolute so that error messages and the
// Recovered path name the real location even if the working directory changes.
func DataDir(flag string) (string, error) {
	if flag != "" {
		return filepath.Abs(flag)
	}
	// An empty POSTWIJS_DATA counts as unset: "POSTWIJS_DATA= postwijs"
	// should not put the database in the working directory.
	if env := os.Getenv("POSTWIJS_DATA"); env != "" {
		return filepath.Abs(env)
	}
	return platformDataDir()
}

func platformDataDir() (string, error) {
	switch runtime.GOOS {
	case "windows", "darwin":
		// os.UserConfigDir is %AppData% on Windows and
		// ~/Library/Application Support on macOS.
		base, err := os.UserConfigDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(base, appName), nil
	}
	return xdgDataDir()
}

// xdgDataDir follows the XDG Base Directory spec, which says a relative
// $XDG_DATA_HOME is invalid and must be ignored.
func xdgDataDir() (string, error) {
	if xdg := os.Getenv("XDG_DATA_HOME"); xdg != "" && filepath.IsAbs(xdg) {
		return filepath.Join(xdg, "postwijs"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	if home == "" {
		return "", errors.New("drafts: no home directory to keep data in; use --data")
	}
	return filepath.Join(home, ".local", "share", "postwijs"), nil
}
