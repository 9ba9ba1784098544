#!/usr/bin/env bash
# Starts the whole of LoFin on this machine: the function app with the portals, on the
# embedded store in $LOFIN_DATA, at http://127.0.0.1:$LOFIN_PORT, and beside it the treasury
# bank simulator at http://127.0.0.1:$LOFIN_SIM_PORT. Ctrl-C stops both cleanly; running it
# again continues on the same data (the bank simulator starts afresh, as its state is in memory).
set -euo pipefail
cd "$(dirname "$0")"

export LOFIN_PORT="${LOFIN_PORT:-7071}"
export LOFIN_SIM_PORT="${LOFIN_SIM_PORT:-7072}"
export LOFIN_DATA="${LOFIN_DATA:-$PWD/.data}"
export LOFIN_WEB_ROOT="$PWD/static-web/dist"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v dotnet >/dev/null || { echo "run.sh: the .NET 10 SDK is needed (dotnet not found)." >&2; exit 1; }
command -v npm >/dev/null || { echo "run.sh: Node.js 20+ and npm are needed (npm not found)." >&2; exit 1; }

# Both processes run as children so that whatever ends this script (Ctrl-C, a kill, the app
# exiting) stops the other too: SIGTERM lets each shut down as cleanly as Ctrl-C would.
sim_pid="" app_pid=""
stop_children() {
  trap - EXIT INT TERM
  for pid in $app_pid $sim_pid; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in $app_pid $sim_pid; do wait "$pid" 2>/dev/null || true; done
}
trap stop_children EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "== portals (static-web)"
scripts/build-web.sh

echo "== function app and treasury bank simulator"
dotnet build functions/LoFin.Functions -c Release -nologo -v quiet
dotnet build functions/LoFin.Simulators -c Release -nologo -v quiet

export LOFIN_LOG_FORMAT="${LOFIN_LOG_FORMAT:-simple}"

# The app calls the bank, the bank calls the app back (webhooks), and both hold the one HMAC secret
# (the development default unless LOFIN_BANK_WEBHOOK_SECRET says otherwise).
bank_secret="${LOFIN_BANK_WEBHOOK_SECRET:-lofin-local-treasury-bank-webhook-secret}"
export Sim__Bank__CallbackUrl="http://127.0.0.1:${LOFIN_PORT}/api/webhooks/bank" Sim__Bank__WebhookSecret="$bank_secret"
export Bank__BaseUrl="http://127.0.0.1:${LOFIN_SIM_PORT}/bank/v1" Bank__WebhookSecret="$bank_secret"

# The bank's log lines are prefixed so they can be told from the app's in one terminal.
dotnet functions/LoFin.Simulators/bin/Release/net10.0/LoFin.Simulators.dll > >(sed -u 's/^/[bank] /') 2>&1 &
sim_pid=$!
echo "== treasury bank simulator (금고) on http://127.0.0.1:${LOFIN_SIM_PORT}/bank/v1/  (API: docs/simulators/treasury-bank.md)"

echo "== LoFin on http://127.0.0.1:${LOFIN_PORT}  (data: ${LOFIN_DATA}; Ctrl-C stops both)"
dotnet functions/LoFin.Functions/bin/Release/net10.0/LoFin.Functions.dll &
app_pid=$!

status=0
wait "$app_pid" || status=$?
app_pid=""
exit "$status"
