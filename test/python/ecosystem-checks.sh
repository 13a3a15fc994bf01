#!/usr/bin/env bash
# Ecosystem tools judge our outputs: a real server on 127.0.0.1 with the seed graph exports
# GraphML and GEXF that NetworkX must read, and schemathesis fuzzes every operation of the
# OpenAPI document the server publishes. Needs PY (a python with networkx and schemathesis).
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
BIN=$(dirname "$PY")
DATA=$(mktemp -d)
PORT=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
URL=http://127.0.0.1:$PORT
# A token keeps schemathesis from filling the graph; write routes must answer 401 without it.
ENTENTE_DATA_DIR=$DATA PORT=$PORT HOST=127.0.0.1 ENTENTE_TOKEN=ecosystem-check-token LOG_LEVEL=warn \
  node --import tsx server/main.ts >test-output/ecosystem-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "$URL/api/health" >/dev/null && break; sleep 1; done
curl -sf "$URL/api/health" >/dev/null || { echo "server did not start:"; cat test-output/ecosystem-server.log; exit 1; }

OUT=test-output/exports
mkdir -p "$OUT"
fetch() { curl -sf "$URL/api/export?$1" -o "$OUT/$2" || { echo "export failed: $1"; exit 1; }; }
for format in graphml gexf; do
  fetch "view=network&format=$format" "network.$format"
  fetch "view=network&format=$format&from=2024-01-01&to=2024-12-31" "network-2024.$format"
  fetch "view=ego&id=country:JP&depth=2&format=$format" "ego-jp.$format"
  fetch "view=path&source=country:JP&target=country:VN&mode=all&format=$format" "path-jp-vn.$format"
  fetch "view=snapshot&at=2024-06-30&format=$format" "snapshot-2024-06-30.$format"
done
echo "== NetworkX reads the exports"
"$PY" test/python/check_exports.py "$OUT"

echo "== schemathesis"
"$BIN/schemathesis" run "$URL/api/openapi.json" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
  --phases examples,coverage,fuzzing --max-examples "${SCHEMATHESIS_EXAMPLES:-15}" --workers 1 --seed 1 \
  --request-timeout 30 --suppress-health-check all --report-dir test-output/schemathesis --report junit
