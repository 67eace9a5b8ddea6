"""Times cfn-lint on native AWS::Batch templates against `batchstack validate` on the equivalent BatchStack
templates, and counts what each finds in deliberately broken variants. Called by bench/cfn-lint-ratio.sh, which
builds the tools and passes their paths; see docs/benchmarks.md.

Usage: measure.py CLI_DLL GENERATOR_DLL EXAMPLE_YAML WORK_DIR RUNS [NATIVE_CLI]
With NATIVE_CLI (artifacts/cli/batchstack, Native AOT) the timing table also times the native CLI in the same run.
"""
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import to_cfn  # noqa: E402

CLI, GENERATOR, EXAMPLE, WORK, RUNS = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
NATIVE = sys.argv[6] if len(sys.argv) > 6 else None
EXAMPLE_PARAMETERS = [
    "Subnets=subnet-0a1b2c3d,subnet-4e5f6a7b",
    "SecurityGroups=sg-0123abcd",
    "InstanceProfileArn=arn:aws:iam::123456789012:instance-profile/ecsInstanceRole",
    "ExecutionRoleArn=arn:aws:iam::123456789012:role/ecsTaskExecution",
    "TrainingRoleArn=arn:aws:iam::123456789012:role/training",
]


def run(args):
    return subprocess.run(args, capture_output=True, text=True)


def batchstack(command, path, parameters, native=False):
    args = [NATIVE, command, path] if native else ["dotnet", CLI, command, path]
    if parameters:
        args += ["--parameters", *parameters]
    return args


def write_native(expanded_json, path):
    with open(path, "w") as out:
        stdout = sys.stdout
        sys.stdout = out
        try:
            to_cfn.main(expanded_json)
        finally:
            sys.stdout = stdout


def prepare(size):
    """Writes the BatchStack template of `size`, expands it and writes the native equivalent; returns both paths."""
    stack = os.path.join(WORK, f"batchstack-{size}.yaml")
    if size == "example":
        with open(EXAMPLE) as src, open(stack, "w") as dst:
            dst.write(src.read())
        parameters = EXAMPLE_PARAMETERS
    else:
        with open(stack, "w") as dst:
            dst.write(run(["dotnet", GENERATOR, "generate", size]).stdout)
        parameters = []
    expanded = os.path.join(WORK, f"expanded-{size}.json")
    result = run(batchstack("expand", stack, parameters))
    if result.returncode != 0:
        sys.exit(f"batchstack expand failed for {size}:\n{result.stderr}")
    with open(expanded, "w") as f:
        f.write(result.stdout)
    native = os.path.join(WORK, f"native-{size}.json")
    write_native(expanded, native)
    return stack, parameters, native, expanded


def timed(args):
    start = time.perf_counter()
    result = run(args)
    return time.perf_counter() - start, result


def cfn_lint_findings(result):
    try:
        matches = json.loads(result.stdout or "[]")
    except json.JSONDecodeError:
        sys.exit(f"cfn-lint output is not JSON:\n{result.stdout}\n{result.stderr}")
    errors = sum(1 for m in matches if m.get("Level") == "Error")
    return errors, len(matches) - errors, sorted({m["Rule"]["Id"] for m in matches})


def batchstack_findings(result):
    report = json.loads(result.stdout)
    stacks = report["stacks"]
    return sum(s["errors"] for s in stacks), sum(s["warnings"] for s in stacks), sorted({d["code"] for s in stacks for d in s["diagnostics"]})


def codes(ids):
    return f"({', '.join(ids)}) " if ids else ""


def timing_table():
    print(f"Median of {RUNS} runs each, interleaved (wall time of the whole process, start-up included):")
    print()
    native_heads = " batchstack validate (Native AOT) | Ratio cfn-lint ÷ native |" if NATIVE else ""
    print(f"| Input | Resources | cfn-lint (native) | batchstack validate | Ratio cfn-lint ÷ batchstack |{native_heads} cfn-lint findings | batchstack findings |")
    print("|---|---:|---:|---:|---:|" + ("---:|---:|" if NATIVE else "") + "---:|---:|")
    for size in ["example", "10", "100", "1000"]:
        stack, parameters, native, _ = prepare(size)
        lint_times, ours_times, native_times = [], [], []
        for _ in range(RUNS):
            t, lint = timed(["cfn-lint", "--format", "json", native])
            lint_times.append(t)
            t, ours = timed(batchstack("validate", stack, parameters) + ["--format", "json"])
            ours_times.append(t)
            if NATIVE:
                t, aot = timed(batchstack("validate", stack, parameters, native=True) + ["--format", "json"])
                if aot.stdout != ours.stdout:
                    sys.exit(f"native and JIT batchstack disagree on {size}:\n{aot.stdout}\n{ours.stdout}")
                native_times.append(t)
        lint_median, ours_median = statistics.median(lint_times), statistics.median(ours_times)
        native_cells = ""
        if NATIVE:
            aot_median = statistics.median(native_times)
            native_cells = f" {aot_median:.3f} s | {lint_median / aot_median:.0f}× |"
        resources = 10 if size == "example" else int(size)
        le, lw, lrules = cfn_lint_findings(lint)
        oe, ow, ocodes = batchstack_findings(ours)
        print(f"| {size} | {resources} | {lint_median:.2f} s | {ours_median:.2f} s | {lint_median / ours_median:.1f}× |{native_cells}"
              f" {le} errors, {lw} other {codes(lrules)}| {oe} errors, {ow} warnings {codes(ocodes)}|")
    print()


# Six deliberate mistakes, each written once in the BatchStack template and once in the native template.
def _ce(native, name):
    return native["Resources"][name]["Properties"]


MISTAKES = [
    ("MinvCpus above MaxvCpus",
     ("          MinvCpus: 0\n          MaxvCpus: 512", "          MinvCpus: 600\n          MaxvCpus: 512"),
     lambda n: _ce(n, "ComputeEnvironmentSpot")["ComputeResources"].update(MinvCpus=600)),
    ("Queue names a compute environment that does not exist (typo)",
     ("- { ComputeEnvironment: ondemand, Order: 1 }", "- { ComputeEnvironment: ondemnd, Order: 1 }"),
     lambda n: n["Resources"]["JobQueueFallback"]["Properties"]["ComputeEnvironmentOrder"][0].update(ComputeEnvironment={"Ref": "ComputeEnvironmentOndemnd"})),
    ("Instance types on a Fargate compute environment",
     ("          Kind: Fargate\n          Spot: true\n", "          Kind: Fargate\n          Spot: true\n          InstanceTypes: [m6i.large]\n"),
     lambda n: _ce(n, "ComputeEnvironmentServerless")["ComputeResources"].update(InstanceTypes=["m6i.large"])),
    ("Fargate job with a memory size Fargate does not offer for 0.5 vCPU",
     ("          Vcpus: 0.5\n          Memory: 1 GiB", "          Vcpus: 0.5\n          Memory: 8 GiB"),
     lambda n: [r.update(Value="8192") for r in n["Resources"]["JobDefinitionNightlyEtl"]["Properties"]["ContainerProperties"]["ResourceRequirements"] if r["Type"] == "MEMORY"]),
    ("Queue mixing Fargate and EC2 compute environments",
     ("          ComputeEnvironments: [serverless]", "          ComputeEnvironments: [serverless, ondemand]"),
     lambda n: n["Resources"]["JobQueueEtl"]["Properties"]["ComputeEnvironmentOrder"].append({"Order": 2, "ComputeEnvironment": {"Ref": "ComputeEnvironmentOndemand"}})),
    ("Spot bid percentage above 100",
     ("          SpotBidPercentage: 60", "          SpotBidPercentage: 150"),
     lambda n: _ce(n, "ComputeEnvironmentSpot")["ComputeResources"].update(BidPercentage=150)),
]


def mistakes_table():
    stack, parameters, native, _ = prepare("example")
    with open(stack) as f:
        stack_text = f.read()
    with open(native) as f:
        native_text = f.read()
    print("Deliberate mistakes in the example, one at a time and all six together (errors reported; 0 = not caught):")
    print()
    print("| Mistake | cfn-lint errors (rules) | batchstack errors (codes) |")
    print("|---|---|---|")
    all_stack, all_native = stack_text, json.loads(native_text)
    caught_lint = caught_ours = 0
    for i, (title, (old, new), mutate) in enumerate(MISTAKES, 1):
        if old not in stack_text:
            sys.exit(f"mistake {i}: the example no longer contains {old!r}")
        broken_stack = os.path.join(WORK, f"broken-{i}.yaml")
        with open(broken_stack, "w") as f:
            f.write(stack_text.replace(old, new, 1))
        all_stack = all_stack.replace(old, new, 1)
        broken_native = json.loads(native_text)
        mutate(broken_native)
        mutate(all_native)
        broken_native_path = os.path.join(WORK, f"broken-native-{i}.json")
        with open(broken_native_path, "w") as f:
            json.dump(broken_native, f, indent=1)
        le, _, lrules = cfn_lint_findings(run(["cfn-lint", "--format", "json", broken_native_path]))
        oe, _, ocodes = batchstack_findings(run(batchstack("validate", broken_stack, parameters) + ["--format", "json"]))
        caught_lint += le > 0
        caught_ours += oe > 0
        print(f"| {i}. {title} | {le} ({', '.join(lrules) or '—'}) | {oe} ({', '.join(ocodes) or '—'}) |")
    all_stack_path = os.path.join(WORK, "broken-all.yaml")
    all_native_path = os.path.join(WORK, "broken-native-all.json")
    with open(all_stack_path, "w") as f:
        f.write(all_stack)
    with open(all_native_path, "w") as f:
        json.dump(all_native, f, indent=1)
    le, _, lrules = cfn_lint_findings(run(["cfn-lint", "--format", "json", all_native_path]))
    oe, _, ocodes = batchstack_findings(run(batchstack("validate", all_stack_path, parameters) + ["--format", "json"]))
    print(f"| all six together | {le} ({', '.join(lrules) or '—'}) | {oe} ({', '.join(ocodes) or '—'}) |")
    print()
    print(f"Caught: cfn-lint {caught_lint} of {len(MISTAKES)}, batchstack {caught_ours} of {len(MISTAKES)}.")


if __name__ == "__main__":
    os.makedirs(WORK, exist_ok=True)
    print(f"cfn-lint {run(['cfn-lint', '--version']).stdout.strip().split()[-1]}, batchstack from {CLI}, example {EXAMPLE}")
    print()
    timing_table()
    mistakes_table()
