#!/usr/bin/env bash
# Cold start and peak RSS of the provider's bootstrap, Native AOT (what SAM deploys) against the same program run
# JIT (dotnet bootstrap.dll), in one run, under a local Lambda Runtime API (bench/cold-start/measure.py).
# Usage: bench/cold-start.sh [RUNS]   (default 10). Publishes artifacts/lambda/bootstrap first (scripts/publish lambda).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
cd "$root"
bash scripts/publish lambda >/dev/null
dotnet build src/BatchProvider.Bootstrap -c Release -v quiet -nologo >/dev/null
echo "$(uname -m), $(nproc) cores, $(dotnet --version) SDK, $(date -u +%Y-%m-%dT%H:%MZ)"
echo
python3 bench/cold-start/measure.py artifacts/lambda/bootstrap \
  src/BatchProvider.Bootstrap/bin/Release/net10.0/bootstrap.dll "$runs"
