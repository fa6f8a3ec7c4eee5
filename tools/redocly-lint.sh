#!/usr/bin/env bash
# Lints an OpenAPI document with Redocly's recommended rules (issue 14: a contract that linters outside the Logius
# ruleset accept too; tools/adr-lint/lint.sh holds the ADR ruleset). Fails on any error; warnings are printed.
# Usage: tools/redocly-lint.sh [OPENAPI.json]   (default: openapi/v1.json)
# Installs @redocly/cli once into $REDOCLY_LINT_CACHE (default ~/.cache/onderwijsroute-redocly-lint); needs node 20+ and npm.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
doc=${1:-$root/openapi/v1.json}
redocly_version=2.77.0
cache=${REDOCLY_LINT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/onderwijsroute-redocly-lint}
bin="$cache/node_modules/.bin/redocly"
# No usage data leaves the machine, and no update check.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
if [ ! -x "$bin" ] || ! "$bin" --version 2>/dev/null | grep -qx "$redocly_version"; then
  mkdir -p "$cache"
  echo "redocly-lint: installing @redocly/cli@$redocly_version into $cache"
  npm install --silent --no-audit --no-fund --prefix "$cache" "@redocly/cli@$redocly_version" >/dev/null
fi
echo "redocly-lint: $doc"
"$bin" lint --extends recommended --format stylish "$doc"
