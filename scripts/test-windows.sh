#!/usr/bin/env bash
# Runs the Windows build's `check` command under Wine on sample posts and
# compares its JSON with the Linux build's, byte for byte.
# The .exe runs from its bundle folder, so it finds the dictionaries in
# dict/ beside it, as on a Windows machine.
#   scripts/test-windows.sh dist/windows/Postwijs/postwijs.exe bin/postwijs
set -euo pipefail
cd "$(dirname "$0")/.."
exe=${1:-dist/windows/Postwijs/postwijs.exe}
linux=${2:-bin/postwijs}
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)

# A Wine prefix of our own, with the stand-in DLL that Wine 8 lacks.
export WINEPREFIX=$(mktemp -d) WINEDEBUG=-all
trap 'rm -rf "$WINEPREFIX"' EXIT
"$wine" wineboot --init >/dev/null 2>&1 || true
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -ladvapi32

samples=$(mktemp -d)
printf '%s\n' 'Met kortingscode ANNA10 krijg je 20 % korting, link in bio! DIT IS ECHT GEWELDIG!!!' > "$samples/ad.txt"
printf '%s\n' 'Trots op ons team 🎉 Onze omzet groeide in Q3 met 18 %. Mail anna@bedrijf.nl of bel 06-12345678.' > "$samples/data.txt"
printf '%s\n' 'Vandaag mijn eerste werkdag bij de gemeente. Wat een warm welkom van het team!' > "$samples/clean.txt"
printf '%s\n' 'Morgen publiceren we het jaarverslg, met een bedrijfsgevoelige bijlage.' > "$samples/spelling.txt"

fail=0
for f in "$samples"/*.txt; do
  for network in linkedin x; do
    set +e
    "$linux" check --format json --network "$network" "$f" > "$samples/linux.json"; lc=$?
    "$wine" "$exe" check --format json --network "$network" "Z:$f" > "$samples/windows.json" 2> "$samples/windows.err"; wc=$?
    set -e
    if [ "$lc" != "$wc" ] || ! cmp -s "$samples/linux.json" "$samples/windows.json"; then
      echo "DIFFERENT: $(basename "$f") on $network (exit linux $lc, windows $wc)"; cat "$samples/windows.err"; fail=1
    else
      echo "same: $(basename "$f") on $network, exit $lc, $(wc -c < "$samples/linux.json") bytes of JSON"
    fi
  done
done
rm -rf "$samples"
exit $fail
