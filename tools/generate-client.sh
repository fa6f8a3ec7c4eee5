#!/usr/bin/env bash
# Generates the typed .NET client from the committed contract with NSwag (issue 14: the version is pinned in
# .config/dotnet-tools.json, so `dotnet tool restore` installs it). The Client project runs it at build time
# (target GenerateFundingClient) into its obj/ folder; the generated file is never committed. This script is the one
# place holding the NSwag options.
# Usage: tools/generate-client.sh OUTPUT.cs [OPENAPI.json]   (or CLIENT_OUTPUT=OUTPUT.cs; default input openapi/v1.json)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
output=${1:-${CLIENT_OUTPUT:-}}
[ -n "$output" ] || { echo "usage: $0 OUTPUT.cs [OPENAPI.json] (or CLIENT_OUTPUT=OUTPUT.cs)" >&2; exit 2; }
input=${2:-$root/openapi/v1.json}
# Relative paths are the caller's, resolved before the cd below.
mkdir -p "$(dirname "$output")"
output=$(cd "$(dirname "$output")" && pwd)/$(basename "$output")
input=$(cd "$(dirname "$input")" && pwd)/$(basename "$input")
cd "$root"
dotnet tool restore >/dev/null
# Written to temporary files and moved into place at the end, so a failed run never leaves an output that an
# incremental build would take as up to date.
raw=$(mktemp "$output.raw.XXXXXX")
final=$(mktemp "$output.tmp.XXXXXX")
log=$(mktemp "$output.log.XXXXXX")
trap 'rm -f "$raw" "$final" "$log"' EXIT
# System.Text.Json (no Newtonsoft at run time); required properties non-nullable, optional ones nullable; decimal
# for format: decimal; DateOnly for format: date; one client class with the operation ids as method names.
if ! dotnet nswag openapi2csclient \
  /input:"$input" /output:"$raw" \
  /namespace:Onderwijsroute.Funding.Client /className:FundingClient \
  /jsonLibrary:SystemTextJson /generateNullableReferenceTypes:true /generateOptionalPropertiesAsNullable:true \
  /generateClientInterfaces:true /useBaseUrl:false /injectHttpClient:true /disposeHttpClient:false \
  /operationGenerationMode:SingleClientFromOperationId /dateType:System.DateOnly /dateTimeType:System.DateTimeOffset \
  /arrayType:System.Collections.Generic.List /arrayInstanceType:System.Collections.Generic.List \
  /generateExceptionClasses:true /exceptionClass:FundingApiException >"$log" 2>&1; then
  { echo "generate-client: NSwag failed on $input:"; tr -d '\0' < "$log"; } >&2
  exit 1
fi
{ printf '%s\n' "// Generated at build time by tools/generate-client.sh from openapi/v1.json; never edit by hand, never commit."; \
  cat "$raw"; } > "$final"
chmod 644 "$final"
mv "$final" "$output"
echo "generate-client: $output"
