#!/usr/bin/env bash
# Start-up and peak RSS of the installed package beside the checkout launcher (issue 19),
# alternated round by round so both see the same machine load. Medians over ROUNDS (default 7).
#   bench/package-startup.sh [DEB] [ROUNDS]
# DEB defaults to packaging/target/sitrep_*_amd64.deb (packaging/build); it is unpacked with
# dpkg -x into a temp root, as packaging/smoke-test does. The checkout side is ./sitrep, which must
# be built and trained already (run ./sitrep --data-dir "$(mktemp -d)" --version once).
# Measured with /usr/bin/time: wall seconds (%e), CPU seconds (user + system, %U + %S; less
# sensitive to other processes' load than wall time) and peak resident set (%M, KiB).
set -euo pipefail
root=$(CDPATH='' cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deb=${1:-}
if [ -z "$deb" ]; then
  for deb in "$root"/packaging/target/sitrep_*_amd64.deb; do :; done
fi
rounds=${2:-7}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg -x "$deb" "$tmp/root"
installed="$tmp/root/usr/bin/sitrep"
checkout="$root/sitrep"
runtime_java="$tmp/root/opt/sitrep/lib/runtime/bin/java"
mkdir -p "$tmp/ws-installed" "$tmp/ws-checkout"

# measure NAME CMD…: appends "wall rss" to $tmp/NAME
measure() {
  local name=$1
  shift
  /usr/bin/time -f '%e %M %U %S' -o "$tmp/last" "$@" >/dev/null 2>"$tmp/err" || {
    cat "$tmp/err" >&2
    echo "bench: $* failed" >&2
    exit 1
  }
  cat "$tmp/last" >>"$tmp/$name"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; rounds: $rounds"
# One warm-up each: the first sqlite-jdbc native extraction, the page cache.
measure warm env -i PATH="$tmp/root/usr/bin" HOME="$tmp" "$installed" --data-dir "$tmp/ws-installed" incident list
measure warm "$checkout" --data-dir "$tmp/ws-checkout" incident list
for _ in $(seq 1 "$rounds"); do
  measure java-version "$runtime_java" -version
  measure installed-version env -i PATH="$tmp/root/usr/bin" HOME="$tmp" "$installed" --version
  measure checkout-version "$checkout" --version
  measure installed-list env -i PATH="$tmp/root/usr/bin" HOME="$tmp" "$installed" --data-dir "$tmp/ws-installed" incident list
  measure checkout-list "$checkout" --data-dir "$tmp/ws-checkout" incident list
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-20s %8s %8s %12s\n' measure 'wall s' 'CPU s' 'peak RSS MB'
for name in java-version installed-version checkout-version installed-list checkout-list; do
  wall=$(cut -d' ' -f1 "$tmp/$name" | median)
  rss=$(cut -d' ' -f2 "$tmp/$name" | median)
  cpu=$(awk '{printf "%.2f\n", $3 + $4}' "$tmp/$name" | median)
  printf '%-20s %8s %8s %12s\n' "$name" "$wall" "$cpu" "$(awk -v k="$rss" 'BEGIN {printf "%.0f", k / 1024}')"
done
