#!/usr/bin/env bash
# Measures the resident memory of the Postwijs window under a virtual X
# server, once the dictionaries are loaded and a post has been typed, and
# says how much of it the software OpenGL renderer (Mesa llvmpipe) holds:
# on a machine with a graphics driver that part is different. The same is
# then measured for cmd/membaseline, the smallest Fyne editor window, so
# that the figure can be read against what the toolkit and the driver take
# on this machine before any of Postwijs's own work.
#   scripts/measure-memory.sh [BINARY [BASELINE-BINARY]]
set -euo pipefail
cd "$(dirname "$0")/.."
postwijs=${1:-bin/postwijs}
baseline=${2:-bin/membaseline}
[ -x "$baseline" ] || go build -o "$baseline" ./cmd/membaseline
bin=$postwijs
. scripts/xvfb-window.sh
printf '[user]\nsetup_done = true\n' > "$data/settings.toml"

# measure types a post into the window started last, waits and reports.
measure() {
  DISPLAY=$display xdotool type --delay 20 "Vandaag hebben we een mooie meeting gehad met het hele team, en het word tijd voor een update."
  sleep 8 # the dictionaries load, the post is checked, start-up memory is released
  kb() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$app/status"; }
  echo "$1, $(date -u +%F), $(nproc) cores"
  printf '  resident (VmRSS):  %6d kB\n' "$(kb VmRSS)"
  printf '  anonymous:         %6d kB\n' "$(kb RssAnon)"
  printf '  files (code):      %6d kB\n' "$(kb RssFile)"
  echo "  largest mappings (kB):"
  awk '/^[0-9a-f]+-[0-9a-f]+ /{name=($6 == "" ? "[anonymous]" : $6)} /^Rss:/{rss[name]+=$2}
       END {for (n in rss) if (rss[n] > 2000) printf "    %7d  %s\n", rss[n], n}' "/proc/$app/smaps" | sort -rn
}

start_window
measure "Postwijs window"
kill "$app"; wait "$app" 2>/dev/null || true

bin=$baseline title="Postwijs membaseline"
start_window
measure "Baseline: a bare Fyne editor window (cmd/membaseline)"
