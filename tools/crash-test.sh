#!/usr/bin/env bash
# Crash test (issue 6): start the service, run concurrent writers, kill -9 the process mid-stream, restart it, and
# check that PRAGMA integrity_check is ok and that every write acknowledged with 2xx before the kill is present and
# intact. Two rounds on the same database. Only 127.0.0.1; every step is bounded in time.
# Needs the Release build (.ci/run builds it first): bash tools/crash-test.sh
set -euo pipefail
source "$(dirname "$0")/service.sh"
WORK="$(mktemp -d)"
trap 'stop_service; rm -rf "$WORK"' EXIT
PORT="$(free_port)"
URL="http://127.0.0.1:$PORT"

for round in 1 2; do
  start_service "$WORK" "$PORT"
  timeout 60 dotnet "$LOADTEST_DLL" crash-writers --url "$URL" --clients 8 --seconds 20 \
    --beheer-sleutel-bestand "$WORK/beheer-sleutel.txt" --journal "$WORK/journal-$round.txt" &
  WRITERS=$!
  # Kill only once the writers write: on a busy machine minting their keys can take longer than any fixed pause, and a
  # kill before the first acknowledged write tests nothing (and fails the writers' set-up). Then a little longer.
  for _ in $(seq 1 400); do
    ACKED="$(grep -c '^A' "$WORK/journal-$round.txt" 2>/dev/null)" || ACKED=0
    [ "$ACKED" -ge 50 ] && break
    kill -0 "$WRITERS" 2>/dev/null || break
    sleep 0.1
  done
  sleep "$round"
  kill -9 "$SERVICE_PID"
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=""
  echo "round $round: service killed with kill -9 while the writers were writing ($ACKED acknowledged when the wait ended)"
  wait "$WRITERS"

  timeout 60 dotnet "$LOADTEST_DLL" integriteit --database "$WORK/onderwijsroute.db"
  start_service "$WORK" "$PORT"
  timeout 120 dotnet "$LOADTEST_DLL" crash-verify --url "$URL" --journal "$WORK/journal-$round.txt" \
    --beheer-sleutel-bestand "$WORK/beheer-sleutel.txt"
  stop_service
  timeout 60 dotnet "$LOADTEST_DLL" integriteit --database "$WORK/onderwijsroute.db"
done
echo "crash test: passed"
