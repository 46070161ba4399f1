package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"postwijs/spelling"
)

// measureLoad loads Dutch and English three ways: built from the
// dictionary packages (first start), from the cache (every later start),
// and reports the process's resident memory with both loaded.
func measureLoad() (*spelling.Speller, error) {
	cache, err := os.MkdirTemp("", "eval-spelling-cache")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(cache)
	t0 := time.Now()
	if _, err := spelling.Load(spelling.Options{CacheDir: cache}); err != nil {
		return nil, err
	}
	cold := time.Since(t0)
	runtime.GC()
	debug.FreeOSMemory()
	t0 = time.Now()
	s, err := spelling.Load(spelling.Options{CacheDir: cache})
	if err != nil {
		return nil, err
	}
	warm := time.Since(t0)
	runtime.GC()
	debug.FreeOSMemory()
	fmt.Println("Load (Dutch + English)")
	fmt.Printf("  first start, index built from the dictionaries: %v\n", cold.Round(time.Millisecond))
	fmt.Printf("  later starts, index read from the cache:        %v\n", warm.Round(10*time.Microsecond))
	fmt.Printf("  resident memory (RSS) with both loaded:         %d MB (target at most 150)\n", rssMB())
	return s, nil
}

// rssMB reads the resident set size from /proc; 0 where there is none.
func rssMB() int {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.Atoi(f[1])
			return kb / 1024
		}
	}
	return 0
}
