#!/usr/bin/env bash
# Installs the Debian packages Postwijs needs to build, test and run.
# Safe to run again: it only installs what is missing.
set -euo pipefail

packages=(
  make gcc pkg-config
  # Fyne's OpenGL/GLFW driver (X11 and Wayland).
  libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev
  libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev
  # Spelling (point 20): OpenTaal's Dutch and SCOWL's English dictionaries,
  # read by package spelling; hunspell itself only for make eval-spelling.
  hunspell-nl wdutch hunspell-en-us wbritish wamerican hunspell
  # The window smoke test and screenshots.
  xvfb xdotool imagemagick
)
# `deps.sh windows`: what the Windows cross-build and its test under Wine need.
if [ "${1:-}" = windows ]; then
  packages+=(gcc-mingw-w64-x86-64 wine64 zip)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
