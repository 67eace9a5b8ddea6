#!/usr/bin/env bash
# One stuck-job remediation sweep over JOBS RUNNABLE jobs in 3 owned queues of a local moto_server (started on a free
# loopback port and stopped by the benchmark), against a one-job-at-a-time loop over the same jobs in the same run:
# wall time, Batch API calls per operation, and the ratio. Jobs are held in RUNNABLE with moto's state manager.
# Usage: bench/remediation-sweep.sh [JOBS] [RPS]   (default 10000 jobs; RPS sets the client's rate limit, default none)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="${1:-10000}"
cd "$root"
dotnet build bench/BatchProvider.Benchmarks -c Release -v quiet -nologo >/dev/null
echo "$(uname -m), $(nproc) cores, $(dotnet --version) SDK, moto $(python3 -c 'import moto; print(moto.__version__)'), $(date -u +%Y-%m-%dT%H:%MZ)"
echo
dotnet bench/BatchProvider.Benchmarks/bin/Release/net10.0/BatchProvider.Benchmarks.dll remediation-sweep "$jobs" ${2:+"$2"}
