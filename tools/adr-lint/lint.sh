#!/usr/bin/env bash
# Lints an OpenAPI document against the Logius API Design Rules ruleset (see README.md beside this file).
# Usage: tools/adr-lint/lint.sh [OPENAPI.json]   (default: openapi/v1.json)
# Installs @stoplight/spectral-cli once into $ADR_LINT_CACHE (default ~/.cache/onderwijsroute-adr-lint); needs node + npm.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
doc=${1:-$root/openapi/v1.json}
spectral_version=6.16.3
cache=${ADR_LINT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/onderwijsroute-adr-lint}
bin="$cache/node_modules/.bin/spectral"
if [ ! -x "$bin" ] || ! "$bin" --version 2>/dev/null | grep -qx "$spectral_version"; then
  mkdir -p "$cache"
  echo "adr-lint: installing @stoplight/spectral-cli@$spectral_version into $cache"
  npm install --silent --no-audit --no-fund --prefix "$cache" "@stoplight/spectral-cli@$spectral_version" >/dev/null
fi
echo "adr-lint: $doc"
"$bin" lint --fail-severity error -r "$here/adr-ruleset.yaml" "$doc"
