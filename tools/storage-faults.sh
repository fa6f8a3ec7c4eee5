#!/usr/bin/env bash
# Storage faults (issue 11, items 2 and 5), on a small tmpfs this script mounts itself (needs root, or sudo), against
# the Release build on a loopback port:
#  1. start-up faults: a database file without write permission (0444), a folder without it (0555), a parent folder
#     without it; each must end the start with one log line naming the path and the missing permission, a non-zero exit
#     code, no stack trace, no "ready" line and nothing left behind;
#  2. a full disk during an uncertainty analysis: the service keeps running, readiness and writes answer 503 naming the
#     cause, the analysis is not lost, and once space is freed the service takes writes again and the analysis is stored.
# As root the service runs without CAP_DAC_OVERRIDE, so file permissions bind it as they bind any other user.
# Needs the Release build (.ci/run builds it first): bash tools/storage-faults.sh
set -euo pipefail
source "$(dirname "$0")/service.sh"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "FAILED: mounting the test file system needs root or sudo" >&2; exit 1; }
  SUDO=sudo
fi
MNT="$(mktemp -d)"
LOGS="$(mktemp -d)"
$SUDO mount -t tmpfs -o size=16m,mode=0777 tmpfs "$MNT" || { echo "FAILED: could not mount a 16 MB tmpfs at $MNT" >&2; exit 1; }
trap 'stop_service; $SUDO umount "$MNT" || true; rmdir "$MNT" || true; [ -n "${KEEP_LOGS:-}" ] || rm -rf "$LOGS"' EXIT
echo "storage faults on a $(df -h --output=size "$MNT" | tail -1 | tr -d ' ') tmpfs at $MNT"

# Runs the service as an ordinary user would: as root without the capabilities that override file permissions.
as_user() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --bounding-set=-dac_override,-dac_read_search,-fowner --inh-caps=-dac_override,-dac_read_search,-fowner -- "$@"
  else
    "$@"
  fi
}

fail() { echo "FAILED: $*" >&2; [ -f "${LOG:-/dev/null}" ] && cat "$LOG" >&2; exit 1; }

# --- 1. start-up faults ---------------------------------------------------------------------------------------------
# A sound database to take the permissions away from: one normal start and stop.
PORT="$(free_port)"
mkdir -p "$MNT/start"
start_service "$MNT/start" "$PORT" "$LOGS/prepare.log"
stop_service

# expect_refused <case> <database path> <text the log line must hold>
expect_refused() {
  local name="$1" db="$2" expected="$3"
  LOG="$LOGS/$name.log"
  local before after code=0
  before="$(find "$MNT" -path "$MNT/full" -prune -o -print | sort)"
  as_user timeout 60 dotnet "$API_DLL" --urls "http://127.0.0.1:$(free_port)" --Database:Path="$db" >"$LOG" 2>&1 || code=$?
  after="$(find "$MNT" -path "$MNT/full" -prune -o -print | sort)"
  [ "$code" -ne 0 ] || fail "$name: the service started (exit code 0)"
  [ "$code" -ne 124 ] || fail "$name: the service did not stop within 60 s"
  [ "$code" -ne 134 ] || fail "$name: the service aborted (SIGABRT, exit 134)"
  grep -q "cannot start: .*$expected" "$LOG" || fail "$name: no log line saying '$expected'"
  [ "$(grep -c "cannot start" "$LOG")" -eq 1 ] || fail "$name: not exactly one line saying why"
  ! grep -q "ready;" "$LOG" || fail "$name: the log says 'ready' for a service that did not start"
  ! grep -q "   at " "$LOG" || fail "$name: a stack trace in the log"
  [ "$before" == "$after" ] || fail "$name: files were left behind: $(diff <(echo "$before") <(echo "$after") | grep '^>' | tr '\n' ' ')"
  echo "$name: exit code $code; $(grep -o "cannot start: .*" "$LOG")"
}

chmod 0444 "$MNT/start/onderwijsroute.db"
expect_refused "file-0444" "$MNT/start/onderwijsroute.db" "no write permission on $MNT/start/onderwijsroute.db"
chmod 0644 "$MNT/start/onderwijsroute.db"

chmod 0555 "$MNT/start"
expect_refused "folder-0555" "$MNT/start/onderwijsroute.db" "no write permission on $MNT/start "
chmod 0755 "$MNT/start"

mkdir -p "$MNT/locked"
chmod 0555 "$MNT/locked"
expect_refused "parent-0555" "$MNT/locked/data/onderwijsroute.db" "Cannot create the database folder $MNT/locked/data: no write permission on $MNT/locked"
chmod 0755 "$MNT/locked"
rm -rf "$MNT/start" "$MNT/locked"

# --- 2. a full disk during an uncertainty analysis --------------------------------------------------------------------
LOG="$LOGS/full.log"
URL="http://127.0.0.1:$PORT"
mkdir -p "$MNT/full"
Database__ProbeIntervalSeconds=1 Database__CheckpointIntervalMs=60000 start_service "$MNT/full" "$PORT" "$LOG"
alive() { kill -0 "$SERVICE_PID" 2>/dev/null || fail "the service stopped (the log follows)"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
BEHEER="$(cat "$MNT/full/beheer-sleutel.txt")"
KEY="$(curl -sf -X POST "$URL/v1/sleutels" -H "X-Api-Key: $BEHEER" -H 'Content-Type: application/json' -d '{ "naam": "storage faults", "rol": "ministerie" }' | json 'd["apiSleutel"]')"
SETTLEMENT="$(curl -sf "$URL/v1/gemeenten" | python3 -c 'import json,sys; d=json.load(sys.stdin); l=next(v for v in d.values() if isinstance(v,list)); print(json.dumps({"regeling":"spuk-onderwijsroute-2023","jaar":2024,"aantallen":[{"gemeenteCode":g["code"],"aantal":i%13} for i,g in enumerate(l)]}))')"
settle() { curl -s -o "$LOGS/answer.json" -D "$LOGS/headers.txt" -w '%{http_code}' -X POST "$URL/v1/vaststellingsberekeningen" -H 'Content-Type: application/json' -d "$SETTLEMENT"; }

ANALYSIS="$(curl -sf -X POST "$URL/v1/scenarios/plafond-15-miljoen/onzekerheidsanalyses" -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' -d '{ "trekkingen": 100000, "seed": 11 }' | json 'd["id"]')"
dd if=/dev/zero of="$MNT/filler" bs=64k status=none 2>/dev/null || true
echo "disk filled: $(df -h --output=avail "$MNT" | tail -1 | tr -d ' ') left; analysis $ANALYSIS started"
STATUS=""
for _ in $(seq 1 300); do
  STATUS="$(settle)"
  [ "$STATUS" == "503" ] && break
  alive
done
[ "$STATUS" == "503" ] || fail "settlements on a full disk never answered 503 (last: $STATUS)"
alive
grep -q '"detail":"De opslag van de dienst is vol' "$LOGS/answer.json" || fail "the 503 does not name a full store: $(cat "$LOGS/answer.json")"
[ "$(settle)" == "503" ] && grep -qi '^Retry-After:' "$LOGS/headers.txt" || fail "a write on a full store is not a 503 with Retry-After"
READY="$(curl -s -o "$LOGS/ready.json" -w '%{http_code}' "$URL/v1/health/ready")"
[ "$READY" == "503" ] && grep -q 'vol' "$LOGS/ready.json" || fail "readiness on a full store: $READY $(cat "$LOGS/ready.json")"
echo "full store: writes and readiness answer 503 naming it; the service runs"
# The analysis must still be drawing now, or this run cannot show what its final write does on a full store (100,000
# draws take seconds; filling the space that SQLite's WAL still had takes a few settlements).
EARLY="$(curl -sf "$URL/v1/onzekerheidsanalyses/$ANALYSIS" -H "X-Api-Key: $KEY" | json 'd["status"] + "|" + str(d["voortgang"]["percentage"])')"
echo "analysis when the store was full: $EARLY"
[[ "$EARLY" == wachtend* || "$EARLY" == bezig* ]] || fail "the analysis ended before the store was full ($EARLY): this run shows nothing about its final write"

# The analysis ends while the disk is full: the service must survive its final write and keep the analysis.
for _ in $(seq 1 600); do
  alive
  STATE="$(curl -sf "$URL/v1/onzekerheidsanalyses/$ANALYSIS" -H "X-Api-Key: $KEY" | json 'd["status"] + "|" + str(d["voortgang"]["percentage"]) + "|" + str(d.get("reden"))')"
  [[ "$STATE" == bezig\|100\|De* || "$STATE" == mislukt* || "$STATE" == gereed* ]] && break
  sleep 0.5
done
echo "analysis while the disk is full: $STATE"
# Its final write may also succeed: the file system stays full, but SQLite can find room in its own files (a checkpoint
# of in-place updates lets the write-ahead log start again from its beginning; checkpoints run once a minute here, not
# every 50 ms, to make that rarer). Then the result must be there now.
case "$STATE" in
  bezig\|100\|De* | mislukt\|*) ;;
  gereed*) [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/v1/onzekerheidsanalyses/$ANALYSIS/resultaat" -H "X-Api-Key: $KEY")" == "200" ] \
             || fail "the analysis says gereed on the full disk but has no result"
           echo "(SQLite found room inside its own files for the result: the failing final write is not exercised this run)" ;;
  *) fail "the analysis did not end while the disk was full, or its state says nothing: $STATE" ;;
esac
alive

rm -f "$MNT/filler"
for _ in $(seq 1 60); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/v1/health/ready")" == "200" ] && break
  sleep 0.5
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/v1/health/ready")" == "200" ] || fail "the service did not become ready again after space was freed"
[ "$(settle)" == "201" ] || fail "no write accepted after space was freed: $(cat "$LOGS/answer.json")"
for _ in $(seq 1 60); do
  STATE="$(curl -sf "$URL/v1/onzekerheidsanalyses/$ANALYSIS" -H "X-Api-Key: $KEY" | json 'd["status"] + "|" + str(d.get("reden"))')"
  [[ "$STATE" == gereed* || "$STATE" == mislukt* ]] && break
  sleep 0.5
done
case "$STATE" in
  gereed*) [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/v1/onzekerheidsanalyses/$ANALYSIS/resultaat" -H "X-Api-Key: $KEY")" == "200" ] || fail "the analysis says gereed but has no result" ;;
  mislukt\|De*) ;;
  *) fail "the analysis has no final state after space was freed: $STATE" ;;
esac
echo "space freed: ready again, writes accepted, analysis stored as: $STATE"
[ "$(grep -c "Storage full: the database $MNT/full/onderwijsroute.db" "$LOG")" -eq 1 ] || fail "not exactly one log line telling the operator the store is full"
[ "$(grep -c "takes writes again" "$LOG")" -eq 1 ] || fail "not exactly one log line saying the store takes writes again"
kill -TERM "$SERVICE_PID"
CODE=0
wait "$SERVICE_PID" || CODE=$?
SERVICE_PID=""
[ "$CODE" -eq 0 ] || fail "the service stopped with exit code $CODE after SIGTERM"
echo "storage faults: passed${KEEP_LOGS:+ (logs kept in $LOGS)}"
