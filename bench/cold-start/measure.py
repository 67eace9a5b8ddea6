"""Cold start of the provider's bootstrap under a local Lambda Runtime API, native against JIT, in one run.

Each sample starts the program fresh, serves it one CloudFormation Delete whose PhysicalResourceId the provider never
issued (it answers SUCCESS at once and calls no AWS API, so no network latency is measured), and records:
  cold start  process start -> the CloudFormation answer (the PUT to ResponseURL) arriving here
  peak RSS    VmHWM of the process once it has posted its invocation response and asks for the next event
Samples alternate native / JIT so both see the same machine load. Prints Markdown.

Usage: measure.py NATIVE_BOOTSTRAP JIT_BOOTSTRAP_DLL RUNS
"""
import http.server
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time

NATIVE, JIT_DLL, RUNS = sys.argv[1], sys.argv[2], int(sys.argv[3])
REQUEST_ID = "bench-request-1"


class Sample:
    def __init__(self):
        self.answered = threading.Event()
        self.responded = threading.Event()
        self.answer_at = None
        self.answer = None
        self.next_calls = 0


def delete_event(port):
    return {
        "RequestType": "Delete",
        "ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:batch-provider",
        "ResponseURL": f"http://127.0.0.1:{port}/cfn-response?X-Amz-Signature=bench",
        "StackId": "arn:aws:cloudformation:us-east-1:123456789012:stack/bench/11111111-2222-3333-4444-555555555555",
        "RequestId": "cfn-request-1",
        "LogicalResourceId": "Research",
        "PhysicalResourceId": "not-issued-by-batchprovider",
        "ResourceType": "Custom::BatchStack",
        "ResourceProperties": {"ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:batch-provider", "Name": "research"},
    }


def serve(sample, port_holder):
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _body(self):
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def do_GET(self):
            if self.path.endswith("/runtime/invocation/next"):
                sample.next_calls += 1
                if sample.next_calls > 1:
                    # The second poll: the first invocation is finished. Hold it until the process is stopped.
                    sample.responded.set()
                    time.sleep(30)
                    return
                body = json.dumps(delete_event(port_holder[0])).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Lambda-Runtime-Aws-Request-Id", REQUEST_ID)
                self.send_header("Lambda-Runtime-Deadline-Ms", str(int(time.time() * 1000) + 120_000))
                self.send_header("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:batch-provider")
                self.send_header("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_response(404)
                self.end_headers()

        def do_PUT(self):
            body = self._body()
            if self.path.startswith("/cfn-response"):
                sample.answer_at = time.perf_counter()
                sample.answer = json.loads(body)
                sample.answered.set()
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_POST(self):
            self._body()
            self.send_response(202)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_holder.append(server.server_address[1])
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def one(command):
    sample = Sample()
    port = []
    server = serve(sample, port)
    environment = dict(os.environ)
    environment.update({
        "AWS_LAMBDA_RUNTIME_API": f"127.0.0.1:{port[0]}",
        "AWS_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "bench",
        "AWS_SECRET_ACCESS_KEY": "bench",
        # Nothing listens here: the Delete of a foreign id must not call Batch or SQS at all.
        "AWS_ENDPOINT_URL": "http://127.0.0.1:9",
        "CONTINUATION_QUEUE_URL": "http://127.0.0.1:9/123456789012/continuations",
        "RESPONSE_URL_ALLOWED_HOSTS": f"127.0.0.1:{port[0]}",
        "DOTNET_TieredPGO": environment.get("DOTNET_TieredPGO", "1"),
    })
    start = time.perf_counter()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        if not sample.answered.wait(60):
            sys.exit(f"{command[0]}: no CloudFormation answer within 60 s:\n{process.stderr.read1().decode() if process.poll() is not None else ''}")
        sample.responded.wait(30)
        rss = peak_rss_mib(process.pid)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
        server.shutdown()
    if sample.answer.get("Status") != "SUCCESS":
        sys.exit(f"{command[0]}: answered {sample.answer}")
    return (sample.answer_at - start) * 1000, rss


def main():
    native = ([NATIVE], [], [])
    jit = (["dotnet", JIT_DLL], [], [])
    one(native[0])  # warm the page cache for both files; not counted
    one(jit[0])
    for _ in range(RUNS):
        for command, times, rss in (native, jit):
            t, r = one(command)
            times.append(t)
            rss.append(r)
    n_ms, j_ms = statistics.median(native[1]), statistics.median(jit[1])
    n_rss, j_rss = statistics.median(native[2]), statistics.median(jit[2])
    print(f"Median of {RUNS} cold starts each, alternating; native {os.path.getsize(NATIVE) / 2**20:.1f} MiB file:")
    print()
    print("| Bootstrap | Cold start to CloudFormation answer | min – max | Peak RSS |")
    print("|---|---:|---:|---:|")
    print(f"| native (Native AOT, artifacts/lambda/bootstrap) | {n_ms:.0f} ms | {min(native[1]):.0f} – {max(native[1]):.0f} ms | {n_rss:.1f} MiB |")
    print(f"| JIT (dotnet bootstrap.dll) | {j_ms:.0f} ms | {min(jit[1]):.0f} – {max(jit[1]):.0f} ms | {j_rss:.1f} MiB |")
    print()
    print(f"Ratios JIT ÷ native: cold start {j_ms / n_ms:.1f}×, peak RSS {j_rss / n_rss:.1f}×.")


main()
