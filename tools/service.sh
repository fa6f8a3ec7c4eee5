#!/usr/bin/env bash
# Helpers for tools/crash-test.sh and tools/load-test.sh: start the Release build of the service on a loopback port
# with a database in a given folder, wait until it is ready, stop it by its own pid. Source this file.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
API_DLL="${API_DLL:-$ROOT/src/Onderwijsroute.Funding.Api/bin/Release/net10.0/Onderwijsroute.Funding.Api.dll}"
LOADTEST_DLL="$ROOT/tools/Onderwijsroute.Funding.LoadTest/bin/Release/net10.0/Onderwijsroute.Funding.LoadTest.dll"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_service <folder> <port> [log file]: sets SERVICE_PID. Limits are raised so that the load itself is not refused
# with 429 (the limits have their own tests); logs go to <folder>/service.log unless another file is given.
start_service() {
  local folder="$1" port="$2" log="${3:-$1/service.log}"
  Limits__AnonymousPerMinute=100000000 Limits__KeyPerMinute=100000000 \
  Limits__ConcurrentHeavyCalculations=4 Logging__LogLevel__Default=Warning \
    dotnet "$API_DLL" --urls "http://127.0.0.1:$port" --Database:Path="$folder/onderwijsroute.db" >>"$log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$port/v1/health/ready" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then echo "service exited during start-up" >&2; cat "$log" >&2; return 1; fi
    sleep 0.5
  done
  echo "service did not become ready" >&2
  return 1
}

stop_service() {
  if [[ -n "${SERVICE_PID:-}" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill -TERM "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=""
}
