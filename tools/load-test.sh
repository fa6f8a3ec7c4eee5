#!/usr/bin/env bash
# Load test (issue 6): starts the Release build on a free loopback port with a fresh database and runs the load tool
# against it. Arguments go to the tool: bash tools/load-test.sh --clients 32 --seconds 60 (full) or
# bash tools/load-test.sh --clients 16 --seconds 30 --kort (the CI mode: only errors and lost writes decide).
set -euo pipefail
source "$(dirname "$0")/service.sh"
WORK="$(mktemp -d)"
trap 'stop_service; rm -rf "$WORK"' EXIT
PORT="$(free_port)"
start_service "$WORK" "$PORT"
timeout 900 dotnet "$LOADTEST_DLL" load --url "http://127.0.0.1:$PORT" --beheer-sleutel-bestand "$WORK/beheer-sleutel.txt" "$@"
