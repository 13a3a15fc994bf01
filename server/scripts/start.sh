#!/usr/bin/env bash
# `npm start`: install if needed, build the client, then serve API + client. The server creates
# the embedded database under ENTENTE_DATA_DIR and loads seeds/ into an empty one.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash server/scripts/ensure-deps.sh
if [ ! -f dist/client/index.html ] || [ -n "$(find client vite.config.ts -newer dist/client/index.html -print -quit 2>/dev/null)" ]; then
  echo "entente: building the web client…" >&2
  npx vite build --logLevel warn >&2
fi
# shellcheck disable=SC2046 # one flag per line, none with spaces
exec node $(grep -v '^#' server/scripts/node-flags.txt) --import tsx server/main.ts "$@"
