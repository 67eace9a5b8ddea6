using System.Diagnostics;
using System.Globalization;
using System.Text;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Remediation;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Aws.Sqs;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Remediation;
using BatchProvider.Lambda.Remediation.Metrics;
using BatchProvider.Sandbox.Moto;
using BatchProvider.Testing.Moto;

namespace BatchProvider.Benchmarks.Remediation;

/// <summary>
/// One stuck-job sweep (<see cref="StuckJobRemediation.RunSweepAsync"/>) over RUNNABLE jobs spread across three owned
/// queues with a Cancel policy, in a moto_server this benchmark starts on a free loopback port and stops; then
/// <see cref="NaiveSweep"/> over the same jobs in the same run. Jobs are held in RUNNABLE with moto's state manager
/// (<see cref="MotoJobHold"/>). Both talk to moto through the product's Batch client; without a rate the client's
/// limiter is lifted, so the wall times are moto's and ours, and the call counts say what a rate-limited account pays.
/// </summary>
public static class RemediationSweepBench
{
    /// <summary>The default number of jobs.</summary>
    public const int DefaultJobs = 10_000;

    private const int QueueCount = 3;
    private const string Stack = "bench";
    private const int SubmitConcurrency = 8;

    /// <summary>Seeds the jobs, runs both sweeps and returns the report (markdown); progress goes to <paramref name="progress"/>.</summary>
    /// <param name="jobs">How many RUNNABLE jobs in all.</param>
    /// <param name="requestsPerSecond">The client's rate limit for both sweeps; null lifts it.</param>
    /// <param name="progress">Where seeding progress is written.</param>
    public static async Task<string> RunAsync(int jobs, double? requestsPerSecond, TextWriter progress)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        await using var moto = await LocalMoto.StartAsync(TimeProvider.System, path);
        var sandbox = await moto.ResetAsync(holdJobs: true);
        var seeder = Client(moto, null);
        var clock = Stopwatch.StartNew();
        var queues = await CreateQueuesAsync(seeder, sandbox);
        var definition = (await seeder.RegisterJobDefinitionAsync(new RegisterJobDefinitionRequest
        {
            JobDefinitionName = $"{Stack}-jd", Type = "container",
            ContainerProperties = new ContainerProperties
            {
                Image = "public.ecr.aws/docker/library/busybox:latest", Command = ["echo", "hello"],
                ResourceRequirements = [new() { Type = "VCPU", Value = "1" }, new() { Type = "MEMORY", Value = "512" }],
            },
        })).JobDefinitionArn!;

        // One status poll describes every job 100 at a time, and thousands of job threads in moto wake late on a busy
        // machine: the step must outlast both (see MotoJobHold). 1 s per 100 jobs held 2,000 on 2 loaded cores.
        var step = Math.Max(MotoJobHold.StepSeconds, jobs / 100);
        var hold = new MotoJobHold(moto.Endpoint, TimeProvider.System, step, SubmitConcurrency);
        var ids = await hold.SubmitHeldAsync(seeder, Enumerable.Range(0, jobs).Select(i => new SubmitJobRequest
        {
            JobName = $"job-{i}", JobQueue = queues[i % queues.Count], JobDefinition = definition,
            Parameters = new Dictionary<string, string> { ["i"] = i.ToString(CultureInfo.InvariantCulture) },
        }));
        progress.WriteLine($"submitted {jobs} jobs in {clock.Elapsed.TotalSeconds:F0} s");
        // Let the newest job age one step, so that all of them reach RUNNABLE together.
        await Task.Delay(TimeSpan.FromSeconds(step));
        await hold.ReleaseToRunnableAsync(seeder, ids, limit: TimeSpan.FromMinutes(30));
        var seeded = clock.Elapsed;
        progress.WriteLine($"{jobs} jobs RUNNABLE after {seeded.TotalSeconds:F0} s (step {step} s)");

        var sweepBatch = new CountingBatch(Client(moto, requestsPerSecond));
        var remediation = StuckJobRemediation.Create(sweepBatch, SqsSdkClient.For(LocalMoto.ClientOptions(moto.Endpoint, AwsService.Sqs)),
            new RemediationSettings(null, null, RemediationSettings.DefaultConcurrency), new NullLogSink(), TimeProvider.System, new DiscardedMetrics());
        clock.Restart();
        var outcomes = await remediation.RunSweepAsync(SweepOptions.Default, DateTimeOffset.MaxValue, CancellationToken.None);
        var sweep = new Run(clock.Elapsed, sweepBatch, outcomes.Count(o => o.Status == ActionStatus.Done), outcomes.Count(o => o.Status == ActionStatus.Failed));
        progress.WriteLine($"sweep: {sweep.Time.TotalSeconds:F1} s, {sweep.Batch.Total} calls");

        var naiveBatch = new CountingBatch(Client(moto, requestsPerSecond));
        clock.Restart();
        var naiveActed = await NaiveSweep.RunAsync(naiveBatch, TimeProvider.System, decideAfresh: true, CancellationToken.None);
        var naive = new Run(clock.Elapsed, naiveBatch, naiveActed, 0);
        progress.WriteLine($"one job at a time: {naive.Time.TotalSeconds:F1} s, {naive.Batch.Total} calls");
        return Report(jobs, requestsPerSecond, seeded, step, sweep, naive);
    }

    private sealed record Run(TimeSpan Time, CountingBatch Batch, int Acted, int Failed);

    private static BatchClient Client(LocalMoto moto, double? requestsPerSecond) =>
        new(LocalMoto.ClientOptions(moto.Endpoint, AwsService.Batch) with
        {
            // The BatchClient applies its default rate when none is set; "no limit" is a rate nothing reaches.
            Retry = new AwsRetryOptions { RequestsPerSecond = requestsPerSecond ?? 1e9, Burst = requestsPerSecond is null ? 1_000_000 : 10, AttemptTimeout = TimeSpan.FromMinutes(2) },
        });

    private static async Task<IReadOnlyList<string>> CreateQueuesAsync(BatchClient batch, MotoSandbox sandbox)
    {
        var ce = (await batch.CreateComputeEnvironmentAsync(new CreateComputeEnvironmentRequest
        {
            ComputeEnvironmentName = $"{Stack}-ce", Type = "MANAGED", State = "ENABLED", ServiceRole = sandbox.ServiceRoleArn,
            ComputeResources = new ComputeResource
            {
                Type = "EC2", MinvCpus = 0, MaxvCpus = 16, InstanceTypes = ["m5.large"], Subnets = sandbox.SubnetIds,
                SecurityGroupIds = [sandbox.SecurityGroupId], InstanceRole = sandbox.InstanceProfileArn,
            },
        })).ComputeEnvironmentArn!;
        var queues = new List<string>();
        for (var q = 0; q < QueueCount; q++)
        {
            var tags = new Dictionary<string, string>(OwnershipTags.For(Stack, $"q{q}", "JobQueue"))
            {
                [StuckJobsTag.Key] = StuckJobsTag.Format(new StuckJobsPolicy(1, StuckJobAction.Cancel, null)),
            };
            queues.Add((await batch.CreateJobQueueAsync(new CreateJobQueueRequest
            {
                JobQueueName = $"{Stack}-q{q}", State = "ENABLED", Priority = 1, Tags = tags,
                ComputeEnvironmentOrder = [new ComputeEnvironmentOrder { Order = 1, ComputeEnvironment = ce }],
            })).JobQueueArn!);
        }
        return queues;
    }

    private static string Report(int jobs, double? requestsPerSecond, TimeSpan seeded, int step, Run sweep, Run naive)
    {
        var text = new StringBuilder();
        string F(double v) => v.ToString("F1", CultureInfo.InvariantCulture);
        text.AppendLine(CultureInfo.InvariantCulture, $"{jobs} RUNNABLE jobs in {QueueCount} queues (Cancel policy), seeded and held in {F(seeded.TotalSeconds)} s (step {step} s); client rate limit: {(requestsPerSecond is { } r ? $"{r}/s" : "none")}; sweep concurrency {RemediationSettings.DefaultConcurrency}.");
        text.AppendLine();
        text.AppendLine("| | sweep | one job at a time | ratio |");
        text.AppendLine("|---|---:|---:|---:|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| wall time (s) | {F(sweep.Time.TotalSeconds)} | {F(naive.Time.TotalSeconds)} | {F(naive.Time / sweep.Time)}x |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Batch API calls | {sweep.Batch.Total} | {naive.Batch.Total} | {F((double)naive.Batch.Total / sweep.Batch.Total)}x |");
        foreach (var op in sweep.Batch.Calls.Keys.Union(naive.Batch.Calls.Keys).Order(StringComparer.Ordinal))
            text.AppendLine(CultureInfo.InvariantCulture, $"| - {op} | {sweep.Batch.Calls.GetValueOrDefault(op)} | {naive.Batch.Calls.GetValueOrDefault(op)} | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| jobs acted on (CancelJob) | {sweep.Acted} | {naive.Acted} | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| failed actions | {sweep.Failed} | {naive.Failed} | |");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"ratio (one job at a time / sweep): wall time {F(naive.Time / sweep.Time)}x, API calls {F((double)naive.Batch.Total / sweep.Batch.Total)}x");
        text.AppendLine(CultureInfo.InvariantCulture, $"at the client's default {AwsRetryOptions.BatchRequestsPerSecond} requests/s the calls alone need at least {F(sweep.Batch.Total / AwsRetryOptions.BatchRequestsPerSecond)} s vs {F(naive.Batch.Total / AwsRetryOptions.BatchRequestsPerSecond)} s (calls / rate, derived, not measured)");
        return text.ToString();
    }

    private sealed class DiscardedMetrics : IMetricSink
    {
        public void Write(MetricPoint point)
        {
        }
    }
}
