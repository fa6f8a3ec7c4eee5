#!/usr/bin/env bash
# Memory under hostile bodies (issue 11, item 3): starts the Release build on a loopback port with a fresh database,
# reads its resident memory, sends four 1 MiB settlement bodies of empty `aantallen` items at once (anonymous), and reads
# it again: peak (VmHWM) and after. Prints the figures and the answers' sizes; with --max-growth-mib N it fails when the
# peak grew by more than N MiB. Another build: API_DLL=/path/Onderwijsroute.Funding.Api.dll bash tools/hostile-memory.sh
set -euo pipefail
source "$(dirname "$0")/service.sh"
MAX_GROWTH_MIB=""
if [[ "${1:-}" == "--max-growth-mib" ]]; then MAX_GROWTH_MIB="$2"; fi
WORK="$(mktemp -d)"
trap 'stop_service; rm -rf "$WORK"' EXIT
PORT="$(free_port)"
start_service "$WORK" "$PORT"
python3 - "$WORK/body.json" <<'PY'
import sys
head, tail = '{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [', '{}] }'
items = (1024 * 1024 - len(head) - len(tail)) // 3
open(sys.argv[1], "w").write(head + "{}," * items + tail)
PY
kib() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$SERVICE_PID/status"; }
# Warm up (JIT, pools) with one small valid request and one small invalid one, so the figures are of the bodies alone.
curl -s -o /dev/null -H 'Content-Type: application/json' -d '{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [] }' "http://127.0.0.1:$PORT/v1/vaststellingsberekeningen"
curl -s -o /dev/null -H 'Content-Type: application/json' -d '{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [{}] }' "http://127.0.0.1:$PORT/v1/vaststellingsberekeningen"
sleep 1
BEFORE="$(kib VmRSS)"
PEAK_BEFORE="$(kib VmHWM)"
CLIENTS=()
for i in 1 2 3 4; do
  curl -s -o "$WORK/answer-$i" -w "body $i: %{http_code}, answer %{size_download} bytes in %{time_total} s\n" \
    -H 'Content-Type: application/json' --data-binary @"$WORK/body.json" "http://127.0.0.1:$PORT/v1/vaststellingsberekeningen" &
  CLIENTS+=("$!")
done
wait "${CLIENTS[@]}"
head -c 300 "$WORK/answer-1"; echo
sleep 3
PEAK="$(kib VmHWM)"
AFTER="$(kib VmRSS)"
echo "body: $(stat -c %s "$WORK/body.json") bytes × 4 in parallel"
echo "resident memory: before $((BEFORE / 1024)) MiB (peak so far $((PEAK_BEFORE / 1024)) MiB), peak $((PEAK / 1024)) MiB, 3 s after $((AFTER / 1024)) MiB"
GROWTH_MIB=$(( (PEAK - BEFORE) / 1024 ))
echo "peak growth: ${GROWTH_MIB} MiB"
if [[ -n "$MAX_GROWTH_MIB" && "$GROWTH_MIB" -gt "$MAX_GROWTH_MIB" ]]; then
  echo "FAILED: four 1 MiB bodies grew the service by ${GROWTH_MIB} MiB (at most ${MAX_GROWTH_MIB} MiB)" >&2
  exit 1
fi
