#!/usr/bin/env bash
# `npm test`: sets up what a fresh machine lacks (npm packages, Debian's Chromium, the Python
# checkers, a real Neo4j 5 from Maven Central), then runs every suite and prints one summary.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
mkdir -p test-output
bash server/scripts/ensure-deps.sh || exit 1

declare -a RESULTS=()
passed=0; failed=0; skipped=0
record() { # name status(pass|fail|skip) [detail]
  RESULTS+=("$(printf '%-22s %s %s' "$1" "$2" "${3:-}")")
  case "$2" in pass) passed=$((passed+1));; fail) failed=$((failed+1));; skip) skipped=$((skipped+1));; esac
}

# --- Chromium for the browser suites (Debian's package; never a browser download) ----------
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian's chromium for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk) >test-output/apt.log 2>&1 \
      || echo "WARNING: could not install chromium (see test-output/apt.log); browser tests will skip"
  else
    echo "WARNING: chromium is missing and cannot be installed here (not root); browser tests will skip"
  fi
fi

# --- Python checkers (NetworkX, schemathesis), pinned in test/python/requirements.txt -------
PY=""
if command -v python3 >/dev/null; then
  if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import networkx, schemathesis' 2>/dev/null; then
    echo "== installing the Python checkers"
    (python3 -m venv .venv && .venv/bin/pip install -q -r test/python/requirements.txt) >test-output/pip.log 2>&1 \
      || echo "WARNING: could not install the Python checkers (see test-output/pip.log)"
  fi
  .venv/bin/python -c 'import networkx, schemathesis' 2>/dev/null && PY=$ROOT/.venv/bin/python
fi

# --- A real Neo4j 5 (neo4j-harness from Maven Central) --------------------------------------
NEO4J_STARTED=0
if [ -f test/neo4j/start.sh ]; then
  echo "== starting Neo4j for the store contract suite"
  if bash test/neo4j/start.sh; then NEO4J_STARTED=1; else echo "WARNING: Neo4j did not start; the Neo4j suites will skip (reason above)"; fi
fi
cleanup() { [ "$NEO4J_STARTED" = 1 ] && bash test/neo4j/stop.sh >/dev/null 2>&1; }
trap cleanup EXIT

# --- the built client: the server serves it, the HTTP and browser suites load it --------------
echo "== building the web client"
if npx vite build --logLevel warn >test-output/vite-build.log 2>&1; then record client-build pass; else cat test-output/vite-build.log; record client-build fail; fi

# --- jest: unit, store contract (embedded + Neo4j), HTTP, seeds, extraction bar -------------
echo "== jest"
if NODE_OPTIONS=--experimental-vm-modules npx jest --ci 2>&1 | tee test-output/jest.log; then
  record jest pass "$(grep -E '^Tests:' test-output/jest.log | tail -1)"
else
  record jest fail "$(grep -E '^Tests:' test-output/jest.log | tail -1)"
fi

# --- browser end-to-end suite --------------------------------------------------------------
if grep -q '"test:e2e"' package.json; then
  echo "== browser end-to-end tests (Chromium)"
  if npm run --silent test:e2e 2>&1 | tee test-output/e2e.log; then record e2e pass; else record e2e fail; fi
fi

# --- ecosystem checks on our outputs (NetworkX, schemathesis) ---------------------------------
if [ -n "$PY" ]; then
  echo "== ecosystem checks: NetworkX reads our exports, schemathesis fuzzes the API"
  if PY="$PY" bash test/python/ecosystem-checks.sh 2>&1 | tee test-output/ecosystem.log; then record ecosystem pass; else record ecosystem fail; fi
else
  echo "SKIPPED: NetworkX and schemathesis checks (Python checkers unavailable)"
  record ecosystem skip "Python checkers unavailable"
fi

echo
echo "== summary"
printf '  %s\n' "${RESULTS[@]}"
echo "suites: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
