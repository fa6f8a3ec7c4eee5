#!/usr/bin/env bash
# The README's key commands, as written (issue 18): every `export NAME=$(dotnet run … -- sleutels maak …)` line of
# README.md is run in a fresh shell from the repository root against a temporary database (env Database__Path); the
# variable must hold exactly one key and nothing else, and the key must work against the service on that database.
# Needs the Release build for the service (.ci/run builds it first); the README's own command builds what it runs.
set -euo pipefail
source "$(dirname "$0")/service.sh"
cd "$ROOT"
WORK="$(mktemp -d)"
trap 'stop_service; rm -rf "$WORK"' EXIT
mapfile -t COMMANDS < <(grep -E '^export [A-Z_]+=\$\(dotnet run .* -- sleutels maak .*\)$' README.md)
[ "${#COMMANDS[@]}" -gt 0 ] || { echo "FAILED: README.md has no 'export KEY=\$(dotnet run … sleutels maak …)' line" >&2; exit 1; }

KEYS=()
ROLES=()
for command in "${COMMANDS[@]}"; do
  name="$(sed -E 's/^export ([A-Z_]+)=.*/\1/' <<<"$command")"
  echo "README: $command"
  # A new shell, as a reader's: only the command line itself, then the variable, printed exactly (with markers).
  value="$(Database__Path="$WORK/onderwijsroute.db" bash -c "$command"$'\n'"printf '[%s]' \"\$$name\"" 2>"$WORK/stderr.txt")" \
    || { cat "$WORK/stderr.txt" >&2; echo "FAILED: the README's command failed" >&2; exit 1; }
  [[ "$value" =~ ^\[orf_[0-9a-f]{16}_[A-Za-z0-9_-]{43}\]$ ]] \
    || { echo "FAILED: \$$name is not exactly one key: $value" >&2; cat "$WORK/stderr.txt" >&2; exit 1; }
  KEYS+=("${value:1:-1}")
  ROLES+=("$(sed -E 's/.*--rol ([a-z]+).*/\1/' <<<"$command")")
  echo "  \$$name holds exactly one key (${#value} characters with the brackets)"
done

PORT="$(free_port)"
start_service "$WORK" "$PORT"
use() {
  local expected="$1" key="$2"; shift 2
  local status
  status="$(curl -s -o "$WORK/answer.json" -w '%{http_code}' -H "X-Api-Key: $key" "$@")"
  [ "$status" == "$expected" ] || { echo "FAILED: the README's key got $status for $*: $(head -c 300 "$WORK/answer.json")" >&2; exit 1; }
}
for i in "${!KEYS[@]}"; do
  # Any valid key may read the reference data (an invalid one gets 401); a ministerie key runs the README's scenario.
  use 200 "${KEYS[$i]}" "http://127.0.0.1:$PORT/v1/gemeenten"
  if [ "${ROLES[$i]}" == "ministerie" ]; then
    use 201 "${KEYS[$i]}" -X POST "http://127.0.0.1:$PORT/v1/scenarios/plafond-15-miljoen/doorrekeningen"
  fi
done
echo "README key commands: passed (${#KEYS[@]} key(s) made as written and used against the service)"
