#!/usr/bin/env bash
# Times cfn-lint on native AWS::Batch templates against `batchstack validate` on the equivalent BatchStack templates
# (the example and generated stacks of 10, 100 and 1,000 resources), and counts what each catches in six deliberately
# broken variants of the example. Prints Markdown tables. Usage: bench/cfn-lint-ratio.sh [RUNS]  (default 5)
# The native templates are generated from `batchstack expand` (bench/cfn-lint/to_cfn.py), so both tools check the
# same Batch resources. Build time is not measured: the tools are built first, then run as built (dotnet x.dll), and
# the Native AOT CLI (scripts/publish cli, artifacts/cli/batchstack) is timed beside them in the same run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
cd "$root"
command -v cfn-lint >/dev/null || { echo "cfn-lint is not installed (pip install cfn-lint)" >&2; exit 2; }
dotnet build src/BatchProvider.Cli -c Release -v quiet -nologo >/dev/null
dotnet build bench/BatchProvider.Benchmarks -c Release -v quiet -nologo >/dev/null
bash scripts/publish cli >/dev/null
example="examples/research-platform.yaml"  # relative to the repo root (cd above), so reports name no machine path
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/cfn-lint/measure.py \
  src/BatchProvider.Cli/bin/Release/net10.0/batchstack.dll \
  bench/BatchProvider.Benchmarks/bin/Release/net10.0/BatchProvider.Benchmarks.dll \
  "$example" "$work" "$runs" artifacts/cli/batchstack
