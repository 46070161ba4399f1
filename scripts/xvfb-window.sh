# Sourced by the scripts that run the Postwijs window under a virtual X
# server: a fresh data folder in $data, an X server on $display, both
# removed on exit. Set $bin before sourcing.
data=$(mktemp -d)
display=:$((90 + RANDOM % 100))

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() { kill "${app:-}" "$xvfb" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
sleep 1

# start_window starts $bin with the data folder on the virtual display,
# waits for its window (titled $title, "Postwijs" unless set) and gives it
# the keyboard. Arguments are extra environment settings:
# start_window POSTWIJS_LANG=en
start_window() {
  env DISPLAY="$display" "$@" "$bin" --data "$data" 2>/dev/null &
  app=$!
  win=$(DISPLAY=$display timeout 30 xdotool search --sync --name "^${title:-Postwijs}\$" | head -n1)
  sleep 1
  DISPLAY=$display xdotool windowactivate --sync "$win" 2>/dev/null || true
}
