#!/usr/bin/env bash
# Builds the portals into static-web/dist, installing npm packages only when the lock file changed.
set -euo pipefail
cd "$(dirname "$0")/../static-web"
stamp=node_modules/.lofin-lock-hash
hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$hash" ]; then
  npm ci --no-audit --no-fund --loglevel=error
  echo "$hash" > "$stamp"
fi
npm run --silent build
