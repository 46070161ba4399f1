package ui

import (
	"sync"
	"time"
)

// debouncer runs a function once things have been quiet for a while: the
// live check after 150 ms without typing, the autosave after one second.
// Each Trigger cancels the previous one.
type debouncer struct {
	delay time.Duration
	mu    sync.Mutex
	timer *time.Timer
	gen   uint64
}

// Trigger schedules fn on its own goroutine after the delay; fn receives
// a function that reports whether a newer Trigger has come since, so slow
// work can throw away a result that is already out of date.
func (d *debouncer) Trigger(fn func(stale func() bool)) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.gen++
	gen := d.gen
	if d.timer != nil {
		d.timer.Stop()
	}
	stale := func() bool {
		d.mu.Lock()
		defer d.mu.Unlock()
		return d.gen != gen
	}
	d.timer = time.AfterFunc(d.delay, func() {
		if !stale() {
			fn(stale)
		}
	})
}

// Cancel drops a pending run.
func (d *debouncer) Cancel() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.gen++
	if d.timer != nil {
		d.timer.Stop()
	}
}
