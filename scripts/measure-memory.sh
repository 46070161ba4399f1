#!/usr/bin/env bash
# Measures the resident memory of the Postwijs window under a virtual X
# server, once the dictionaries are loaded and a post has been typed, and
# says how much of it the software OpenGL renderer (Mesa llvmpipe) holds:
# on a machine with a graphics driver that part is different.
#   scripts/measure-memory.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-bin/postwijs}
. scripts/xvfb-window.sh

printf '[user]\nsetup_done = true\n' > "$data/settings.toml"
start_window
DISPLAY=$display xdotool type --delay 20 "Vandaag hebben we een mooie meeting gehad met het hele team, en het word tijd voor een update."
sleep 8 # the dictionaries load, the post is checked, start-up memory is released

kb() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$app/status"; }
echo "Postwijs window, $(date -u +%F), $(nproc) cores"
printf '  resident (VmRSS):  %6d kB\n' "$(kb VmRSS)"
printf '  anonymous:         %6d kB\n' "$(kb RssAnon)"
printf '  files (code):      %6d kB\n' "$(kb RssFile)"
echo "  largest mappings (kB):"
awk '/^[0-9a-f]+-[0-9a-f]+ /{name=($6 == "" ? "[anonymous]" : $6)} /^Rss:/{rss[name]+=$2}
     END {for (n in rss) if (rss[n] > 2000) printf "    %7d  %s\n", rss[n], n}' "/proc/$app/smaps" | sort -rn
