#!/usr/bin/env bash
# Issue 16: two service instances on one PostgreSQL database (tools/multi-instance.py says what is checked). Uses the
# server of ORF_POSTGRES when set (.ci/run sets it), else starts a throwaway one (tools/postgres.sh) and stops it after.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="$(mktemp -d)"
cleanup() { [ -n "${OWN_PG:-}" ] && bash tools/postgres.sh stop "$OWN_PG"; rm -rf "$WORK"; }
trap cleanup EXIT
if [ -z "${ORF_POSTGRES:-}" ]; then
  OWN_PG=$(mktemp -d /tmp/onderwijsroute-pg.XXXXXX)
  ORF_POSTGRES=$(bash tools/postgres.sh start "$OWN_PG")
  export ORF_POSTGRES
fi
WORK="$WORK" timeout 600 python3 tools/multi-instance.py
