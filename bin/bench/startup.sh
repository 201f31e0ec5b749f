#!/usr/bin/env bash
# Measures OpenDerm's start time (launch -> /actuator/health 200 -> demo data ready) and the
# resident memory of the server (RSS) and its embedded PostgreSQL (PSS, all processes), on a fresh data directory and again
# on the existing one. Prints figures; stops the server at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="${PORT:-18080}"
DATA="$(mktemp -d /tmp/openderm-bench-XXXXXX)"
"$ROOT/bin/openderm" --version > /dev/null   # build first, so the build is not timed

measure() {
  local label="$1" start end pid pg_rss java_rss
  start=$(date +%s.%N)
  "$ROOT/bin/openderm" serve --demo --port "$PORT" --data-dir "$DATA" > "$DATA/server-$label.log" 2>&1 &
  pid=$!
  until curl -fsS -u dermato:${OPENDERM_DEMO_PASSWORD:-openderm-demo} \
      "http://127.0.0.1:$PORT/api/v1/patients" > /dev/null 2>&1; do
    kill -0 "$pid" 2> /dev/null || { echo "server died; see $DATA/server-$label.log"; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N)
  sleep 2
  java_rss=$(ps -o rss= -p "$(pgrep -f "openderm.jar serve.*$DATA" | head -1)" | awk '{print $1}')
  local postmaster
  postmaster=$(head -1 "$DATA/postgres/cluster/postmaster.pid")
  # PSS, so the shared buffers are not counted once per backend.
  pg_rss=$(for p in "$postmaster" $(ps -o pid= --ppid "$postmaster"); do
    awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2> /dev/null; done | awk '{s+=$1} END {print s+0}')
  printf '%-14s start %6.1f s   RSS server %5d MiB   PSS PostgreSQL %4d MiB\n' "$label" \
    "$(echo "$end - $start" | bc)" $((java_rss / 1024)) $((pg_rss / 1024))
  kill "$pid"; wait "$pid" 2> /dev/null || true
}

echo "OpenDerm start-up ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
measure "first start"
measure "restart"
rm -rf "$DATA"
