#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than the lock file (npm install,
# not npm ci: the lock omits other platforms' optional binaries, which npm ci rejects), so that
# `npm start` and `npm test` work on a fresh clone without a separate install step.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x node_modules/.bin/tsx ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "entente: installing npm dependencies…" >&2
  npm install --no-audit --no-fund --loglevel=error >&2
fi
