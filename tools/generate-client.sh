#!/usr/bin/env bash
# Generates the typed .NET client (src/Onderwijsroute.Funding.Client/FundingClient.g.cs) from the committed contract
# with NSwag (issue 14: the version is pinned in .config/dotnet-tools.json, so `dotnet tool restore` installs it).
# Run it after regenerating openapi/v1.json and commit the result; ClientDriftTests regenerates into a temporary
# folder (CLIENT_OUTPUT) and fails when the committed client differs.
# Usage: tools/generate-client.sh [OPENAPI.json]   (default: openapi/v1.json)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
input=${1:-$root/openapi/v1.json}
output=${CLIENT_OUTPUT:-$root/src/Onderwijsroute.Funding.Client/FundingClient.g.cs}
cd "$root"
dotnet tool restore >/dev/null
# System.Text.Json (no Newtonsoft at run time); required properties non-nullable, optional ones nullable; decimal
# for format: decimal; DateOnly for format: date; one client class with the operation ids as method names.
dotnet nswag openapi2csclient \
  /input:"$input" /output:"$output" \
  /namespace:Onderwijsroute.Funding.Client /className:FundingClient \
  /jsonLibrary:SystemTextJson /generateNullableReferenceTypes:true /generateOptionalPropertiesAsNullable:true \
  /generateClientInterfaces:true /useBaseUrl:false /injectHttpClient:true /disposeHttpClient:false \
  /operationGenerationMode:SingleClientFromOperationId /dateType:System.DateOnly /dateTimeType:System.DateTimeOffset \
  /arrayType:System.Collections.Generic.List /arrayInstanceType:System.Collections.Generic.List \
  /generateExceptionClasses:true /exceptionClass:FundingApiException >/dev/null
echo "generate-client: $output"
