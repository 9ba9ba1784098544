#!/usr/bin/env bash
# Runs every test: unit, integration (HTTP), crash/restart and end-to-end browser tests,
# then a tiny smoke run of each benchmark. Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results="$PWD/TestResults"
rm -rf "$results" && mkdir -p "$results"
status=0

# Browser tests drive Debian's Chromium; install it when missing (CI starts from a clean machine).
if [ ! -x /usr/bin/chromium ]; then
  echo "== installing chromium (Debian package) for the browser tests"
  if [ "$(id -u)" = 0 ]; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || echo "test.sh: could not install chromium" >&2
  elif command -v sudo >/dev/null; then
    { sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || echo "test.sh: could not install chromium" >&2
  fi
fi

echo "== portals"
scripts/build-web.sh || status=1

echo "== build"
if ! dotnet build Functions.sln -c Release -nologo -v quiet; then
  echo "0 passed, 1 failed"
  exit 1
fi

for project in $(find tests -name '*.Tests.csproj' | sort); do
  name=$(basename "$project" .csproj)
  echo "== $name"
  if ! dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
      --logger "console;verbosity=minimal"; then
    status=1
  fi
done

echo "== benchmark smoke run (figures come from full runs: tests/bench/README.md)"
bench_failed=0
if ! dotnet run -c Release --project tests/bench/LoFin.Bench --no-build -- all --quick >"$results/bench-smoke.log" 2>&1; then
  echo "benchmark smoke run failed:"; tail -20 "$results/bench-smoke.log"
  bench_failed=1; status=1
fi

passed=0; failed=$bench_failed
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
done
[ "$failed" -gt 0 ] && status=1
[ "$passed" -eq 0 ] && status=1
echo "$passed passed, $failed failed"
exit $status
