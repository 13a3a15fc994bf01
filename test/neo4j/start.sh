#!/usr/bin/env bash
# Starts an in-process Neo4j 5 (neo4j-harness from Maven Central, with Open GDS) for the store tests, in the
# background, and writes run/neo4j.env for them. No Docker. Stop it with stop.sh.
#   NEO4J_TEST_PORT  Bolt port on 127.0.0.1 (default 7697)
#   NEO4J_TEST_HEAP  JVM max heap (default 1g)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
run="$here/run"
port="${NEO4J_TEST_PORT:-7697}"
heap="${NEO4J_TEST_HEAP:-1g}"
ready_timeout="${NEO4J_TEST_TIMEOUT:-180}"

fail() { echo "test/neo4j/start.sh: $*" >&2; exit 1; }

command -v java >/dev/null 2>&1 || fail "Java is missing: install a JDK 17+ (e.g. apt-get install openjdk-17-jdk-headless)."
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[ "${java_major%%.*}" -ge 17 ] 2>/dev/null || fail "Java 17+ is needed, found ${java_major:-unknown}."

mkdir -p "$run"
pidfile="$run/neo4j.pid"
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null && [ -f "$run/neo4j.env" ]; then
  echo "Neo4j already running (pid $(cat "$pidfile")): $(grep NEO4J_URI "$run/neo4j.env")"
  exit 0
fi

# Compile when the classes or the resolved classpath are missing or older than the sources.
stamp="$here/target/classpath.txt"
# Also when ~/.m2 was emptied since (the classpath names jars there).
if [ ! -f "$stamp" ] || [ -n "$(find "$here/pom.xml" "$here/src" -newer "$stamp" -type f 2>/dev/null | head -1)" ] \
   || [ ! -f "$(cut -d: -f1 "$stamp")" ]; then
  command -v mvn >/dev/null 2>&1 || fail "Maven is missing: install Maven 3.8+ (e.g. apt-get install maven); it fetches neo4j-harness from Maven Central once."
  echo "Building test/neo4j (first run downloads neo4j-harness into ~/.m2)..."
  (cd "$here" && mvn -q -B compile) || fail "mvn compile failed (is Maven Central reachable?)."
  touch "$stamp"
fi

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  fail "port $port on 127.0.0.1 is already taken; set NEO4J_TEST_PORT to a free port."
fi

rm -rf "$run/db" "$run/neo4j.env"
log="$run/neo4j.log"
started=$(date +%s.%N)
NEO4J_TEST_PORT="$port" NEO4J_TEST_DIR="$run/db" nohup java -Xmx"$heap" -Xss2m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -cp "$here/target/classes:$(cat "$stamp")" entente.testneo4j.TestNeo4j </dev/null >"$log" 2>&1 &
pid=$!
echo "$pid" >"$pidfile"

deadline=$(( $(date +%s) + ready_timeout ))
until grep -q '^NEO4J_READY ' "$log" 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then
    tail -20 "$log" >&2; rm -f "$pidfile"; fail "Neo4j exited during start-up (log: $log)."
  fi
  if [ "$(date +%s)" -ge "$deadline" ]; then
    kill "$pid" 2>/dev/null || true; rm -f "$pidfile"; fail "Neo4j did not answer on 127.0.0.1:$port within ${ready_timeout}s (log: $log)."
  fi
  sleep 0.3
done

version="$(sed -n 's/^NEO4J_READY .* version=\([^ ]*\).*/\1/p' "$log" | head -1)"
gds="$(sed -n 's/^NEO4J_READY .* gds=\([^ ]*\).*/\1/p' "$log" | head -1)"
cat >"$run/neo4j.env" <<ENV
NEO4J_URI=bolt://127.0.0.1:$port
NEO4J_USER=neo4j
NEO4J_PASSWORD=unused-auth-disabled
NEO4J_VERSION=$version
NEO4J_GDS_VERSION=$gds
ENV
elapsed=$(echo "$(date +%s.%N) - $started" | bc 2>/dev/null || echo "?")
echo "Neo4j $version (GDS $gds) ready on bolt://127.0.0.1:$port (pid $pid, ${elapsed}s); env in $run/neo4j.env"
