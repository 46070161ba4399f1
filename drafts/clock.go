package drafts

import (
	"fmt"
	"time"
)

// timeLayout is RFC 3339 with a fixed nine-digit fraction. time.RFC3339Nano
// drops trailing zeros, and then "…05.1Z" sorts after "…05.12Z" as text;
// the fixed width keeps ORDER BY updated in time order.
const timeLayout = "2006-01-02T15:04:05.000000000Z07:00"

// timeNow is time.Now; tests replace it to simulate a coarse clock.
var timeNow = time.Now

func formatTime(t time.Time) string {
	return t.UTC().Format(timeLayout)
}

func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("drafts: bad timestamp %q: %w", s, err)
	}
	return t.UTC(), nil
}

// now returns the current UTC time, strictly later than any time this Store
// handed out before. Clocks can be coarse (Windows) or step backwards (NTP);
// without this, two quick saves could get the same or reversed timestamps
// and the list would show the older edit first.
func (s *Store) now() time.Time {
	s.clockMu.Lock()
	defer s.clockMu.Unlock()
	t := timeNow().UTC() // UTC also drops the monotonic reading
	if !t.After(s.last) {
		t = s.last.Add(time.Nanosecond)
	}
	s.last = t
	return t
}
