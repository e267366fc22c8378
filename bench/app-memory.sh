#!/usr/bin/env bash
# Peak resident memory of the desktop app with a workspace open: starts ./sitrep on DATA_DIR under
# a private Xvfb, opens INCIDENT (the biggest one), scrolls its whole timeline up and down, filters
# it, then reads the kernel's high-water mark (VmHWM) for the JVM. On demand only.
#   bench/app-memory.sh DATA_DIR INCIDENT [SECONDS]
set -euo pipefail
data_dir=$1
incident=$2
seconds=${3:-40}
root=$(cd "$(dirname "$0")/.." && pwd)
command -v Xvfb >/dev/null && command -v xdotool >/dev/null || {
  echo 'needs Xvfb and xdotool: apt-get install -y xvfb xdotool libgtk-3-0' >&2
  exit 2
}
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; [ -n "${app:-}" ] && kill $app 2>/dev/null' EXIT
sleep 1
export DISPLAY=$display
"$root/sitrep" --data-dir "$data_dir" --open "$incident" >/dev/null 2>&1 &
start=$(date +%s)
# The launcher may build first: wait for the JVM itself.
app=''
for _ in $(seq 600); do
  app=$(pgrep -n -f "org.sitrep.app.Main --data-dir $data_dir" || true)
  [ -n "$app" ] && break
  sleep 0.5
done
[ -n "$app" ] || { echo 'the app did not start' >&2; exit 1; }
until xdotool search --name Sitrep >/dev/null 2>&1; do sleep 0.5; done
echo "window up after $(( $(date +%s) - start )) s"
sleep 8
window=$(xdotool search --name Sitrep | head -1)
xdotool windowfocus "$window" 2>/dev/null || true
# Scroll the timeline: click into it, then Home/End and page through.
xdotool mousemove 800 500 click 1
for _ in 1 2 3; do
  xdotool key Home; sleep 1; for _ in $(seq 20); do xdotool key Page_Down; done; xdotool key End; sleep 1
done
xdotool key ctrl+f; xdotool type --delay 30 'disk'; sleep 2; xdotool key ctrl+a BackSpace; sleep 2
end=$(( $(date +%s) + seconds ))
while [ "$(date +%s)" -lt "$end" ]; do sleep 1; done
grep -E 'VmHWM|VmRSS' "/proc/$app/status"
