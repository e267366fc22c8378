#!/usr/bin/env bash
# Headless start-up of the checkout launcher against its peers (issue 20), alternated round by
# round so all see the same machine load; medians over ROUNDS (default 7). On demand only.
#   bench/startup.sh [ROUNDS] [BEFORE_ROOT]
# Each round runs, on one empty workspace each:
#   java -version            the JDK ./sitrep uses, no application: the floor
#   keepassxc-cli ls         the peer (when installed: apt-get install keepassxc), a database
#                            made with the shortest key derivation it allows (-t 100: calibrated
#                            to about 100 ms when the database is made, under that run's load)
#   ./sitrep incident list   this checkout (built and AOT-trained first: ./sitrep --version)
#   before incident list     BEFORE_ROOT's ./sitrep, when given (e.g. an older commit, built)
# /usr/bin/time gives wall seconds (%e), CPU seconds (user + system, less sensitive to other
# processes' load than wall time) and peak RSS (%M).
set -euo pipefail
root=$(CDPATH='' cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rounds=${1:-7}
before=${2:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=../bin/sitrep-env.sh
. "$root/bin/sitrep-env.sh"
jdk=$(sitrep_find_jdk)

measure() {
  local name=$1
  shift
  /usr/bin/time -f '%e %M %U %S' -o "$tmp/last" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null || {
    cat "$tmp/err" >&2
    echo "bench: $* failed" >&2
    exit 1
  }
  if [ -s "$tmp/err" ] && [ "$name" != java-version ]; then
    echo "bench: $name printed on stderr:" >&2
    cat "$tmp/err" >&2
  fi
  cat "$tmp/last" >>"$tmp/$name"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

names=(java-version)
if command -v keepassxc-cli >/dev/null; then
  printf 'bench\nbench\n' | keepassxc-cli db-create -q -p -t 100 "$tmp/peer.kdbx" >/dev/null 2>&1
  names+=(keepassxc-cli-ls)
fi
names+=(sitrep-list)
mkdir -p "$tmp/ws" "$tmp/ws-before"
measure warm "$root/sitrep" --data-dir "$tmp/ws" incident list
if [ -n "$before" ]; then
  names+=(before-list)
  measure warm "$before/sitrep" --data-dir "$tmp/ws-before" incident list
fi

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; rounds: $rounds; $("$jdk/bin/java" -version 2>&1 | head -n 1)"
for _ in $(seq 1 "$rounds"); do
  measure java-version "$jdk/bin/java" -version
  if command -v keepassxc-cli >/dev/null; then measure keepassxc-cli-ls sh -c "printf 'bench\\n' | keepassxc-cli ls -q '$tmp/peer.kdbx'"; fi
  measure sitrep-list "$root/sitrep" --data-dir "$tmp/ws" incident list
  if [ -n "$before" ]; then measure before-list "$before/sitrep" --data-dir "$tmp/ws-before" incident list; fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-20s %8s %8s %12s\n' measure 'wall s' 'CPU s' 'peak RSS MB'
for name in "${names[@]}"; do
  wall=$(cut -d' ' -f1 "$tmp/$name" | median)
  rss=$(cut -d' ' -f2 "$tmp/$name" | median)
  cpu=$(awk '{printf "%.2f\n", $3 + $4}' "$tmp/$name" | median)
  printf '%-20s %8s %8s %12s\n' "$name" "$wall" "$cpu" "$(awk -v k="$rss" 'BEGIN {printf "%.0f", k / 1024}')"
done
