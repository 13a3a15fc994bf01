#!/usr/bin/env bash
# Stops the Neo4j started by start.sh and removes its throw-away store.
set -euo pipefail
run="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/run"
pidfile="$run/neo4j.pid"
if [ ! -f "$pidfile" ]; then echo "Neo4j is not running (no $pidfile)."; exit 0; fi
pid="$(cat "$pidfile")"
if kill -0 "$pid" 2>/dev/null; then
  kill "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then echo "Neo4j (pid $pid) ignored SIGTERM for 20s; sending SIGKILL." >&2; kill -9 "$pid" 2>/dev/null || true; fi
fi
rm -f "$pidfile" "$run/neo4j.env"
rm -rf "$run/db"
echo "Neo4j stopped (pid $pid)."
