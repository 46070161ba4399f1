#!/usr/bin/env bash
# Takes a screenshot of the Postwijs window with a real post and its
# findings, under a virtual X server: docs/screenshot-<locale>.png.
#   scripts/screenshot.sh [BINARY] [nl|en]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-bin/postwijs}
locale=${2:-nl}
out=docs/screenshot-$locale.png
. scripts/xvfb-window.sh

# A returning user whose organisation filled in its settings.
cat > "$data/settings.toml" <<'TOML'
[organisation]
name = "Acme Zorg"
confidential_terms = ["Project Zeus"]
networks = ["linkedin", "instagram"]

[user]
setup_done = true
TOML
start_window POSTWIJS_LANG="$locale"

if [ "$locale" = en ]; then
  post=$'So proud of our team! Our revenue grew 18% in Q3, while the merger is still under embargo.\n\nWant to try our new headphones? Use my discount code ANNA10 for 20% off, link in bio.\n\nWHAT AN AMAZING DAY!!!'
else
  post=$'Super trots op ons team! Onze omzet groeide in Q3 met 18 %, terwijl de fusie nog onder embargo staat.\n\nWil je onze nieuwe koptelefoon proberen? Met kortingscode ANNA10 krijg je 20 % korting, link in bio.\n\nWAT EEN GEWELDIGE DAG!!!'
fi
# xdotool types a line break as nothing; press Return between lines.
first=1
while IFS= read -r line; do
  [ $first = 1 ] || DISPLAY=$display xdotool key Return
  first=0
  [ -z "$line" ] || DISPLAY=$display xdotool type --delay 2 -- "$line"
done <<< "$post"
sleep 2
DISPLAY=$display import -window root "$out"
echo "wrote $out"
