#!/usr/bin/env bash
# Puts the Windows executable beside the dictionaries it needs at run time
# (the spelling package looks in a "dict" folder next to the executable)
# and zips the folder: dist/Postwijs-windows.zip.
#   scripts/windows-bundle.sh dist/postwijs.exe
set -euo pipefail
cd "$(dirname "$0")/.."
exe=${1:-dist/postwijs.exe}
out=dist/windows/Postwijs
rm -rf "$out" && mkdir -p "$out/dict"
cp "$exe" "$out/postwijs.exe"
cp /usr/share/hunspell/nl.aff /usr/share/hunspell/nl.dic \
   /usr/share/hunspell/en_US.aff /usr/share/hunspell/en_US.dic \
   /usr/share/dict/dutch /usr/share/dict/british-english /usr/share/dict/american-english "$out/dict/"
# The dictionaries' licences travel with them (OpenTaal asks for attribution).
for pkg in hunspell-nl wdutch hunspell-en-us wbritish wamerican; do
  cp "/usr/share/doc/$pkg/copyright" "$out/dict/COPYING.$pkg.txt"
done
cp assets/licences.txt "$out/LICENCES.txt"
(cd dist/windows && rm -f ../Postwijs-windows.zip && zip -qr ../Postwijs-windows.zip Postwijs)
echo "wrote dist/Postwijs-windows.zip ($(du -h dist/Postwijs-windows.zip | cut -f1))"
