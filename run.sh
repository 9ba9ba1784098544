#!/usr/bin/env bash
# Starts the whole of LoFin on this machine: the function app with the portals, on the
# embedded store in $LOFIN_DATA, at http://127.0.0.1:$LOFIN_PORT. Ctrl-C stops it cleanly;
# running it again continues on the same data.
set -euo pipefail
cd "$(dirname "$0")"

export LOFIN_PORT="${LOFIN_PORT:-7071}"
export LOFIN_DATA="${LOFIN_DATA:-$PWD/.data}"
export LOFIN_WEB_ROOT="$PWD/static-web/dist"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v dotnet >/dev/null || { echo "run.sh: the .NET 10 SDK is needed (dotnet not found)." >&2; exit 1; }
command -v npm >/dev/null || { echo "run.sh: Node.js 20+ and npm are needed (npm not found)." >&2; exit 1; }

echo "== portals (static-web)"
scripts/build-web.sh

echo "== function app"
dotnet build functions/LoFin.Functions -c Release -nologo -v quiet

echo "== LoFin on http://127.0.0.1:${LOFIN_PORT}  (data: ${LOFIN_DATA}; Ctrl-C stops)"
export LOFIN_LOG_FORMAT="${LOFIN_LOG_FORMAT:-simple}"
exec dotnet functions/LoFin.Functions/bin/Release/net10.0/LoFin.Functions.dll
