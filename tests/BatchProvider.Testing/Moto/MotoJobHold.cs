using System.Text;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Batch;

namespace BatchProvider.Testing.Moto;

/// <summary>
/// Holds moto jobs in RUNNABLE with moto's state manager (the server must have been reset with its jobs following the
/// state manager: <c>LocalMoto.ResetAsync(holdJobs: true)</c>). Measured on moto 5.2.1: (a) a transition of 100000 s
/// keeps new jobs SUBMITTED; (b) every job is submitted; (c) a short step moves each job SUBMITTED → PENDING → RUNNABLE,
/// one step apart; (d) as soon as none is SUBMITTED or PENDING the long transition is back, so nothing goes further.
/// Polling until that holds is the wait; there is no fixed sleep. Many jobs (the benchmark's thousands) need a longer
/// <paramref name="stepSeconds"/>, so that one poll of every status fits between the first job reaching RUNNABLE and
/// the first going past it, and may be submitted <paramref name="submitConcurrency"/> at a time.
/// </summary>
public sealed class MotoJobHold(Uri endpoint, TimeProvider time, int stepSeconds = MotoJobHold.StepSeconds, int submitConcurrency = 1)
{
    /// <summary>A transition long enough that no test outlives it.</summary>
    public const int HoldSeconds = 100_000;

    /// <summary>
    /// The step used while jobs walk to RUNNABLE. Every job takes each step at about the same moment, so this is also the
    /// window in which the poll must see them all RUNNABLE before the first moves on to STARTING: 1 s was too short on a
    /// loaded machine (a DescribeJobs alone took longer), 3 s costs about 4 s more per hold.
    /// </summary>
    public const int StepSeconds = 3;

    private const int DescribeLimit = 100;
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Submits <paramref name="requests"/> and returns their job ids once every one is RUNNABLE.</summary>
    /// <exception cref="TimeoutException">Not all jobs reached RUNNABLE within <paramref name="limit"/> (default 2 minutes).</exception>
    public async Task<IReadOnlyList<string>> SubmitRunnableAsync(IBatchApi batch, IEnumerable<SubmitJobRequest> requests, TimeSpan? limit = null, CancellationToken cancellationToken = default) =>
        await ReleaseToRunnableAsync(batch, await SubmitHeldAsync(batch, requests, cancellationToken), limit, cancellationToken);

    /// <summary>
    /// Steps (a) and (b): submits <paramref name="requests"/> and keeps them SUBMITTED. moto times a step from a job's
    /// creation, so a job younger than one step at <see cref="ReleaseToRunnableAsync"/> reaches RUNNABLE a step after
    /// the others; a caller that took longer than a step to submit lets the newest job age a step first.
    /// </summary>
    public async Task<IReadOnlyList<string>> SubmitHeldAsync(IBatchApi batch, IEnumerable<SubmitJobRequest> requests, CancellationToken cancellationToken = default)
    {
        await SetSecondsAsync(HoldSeconds, cancellationToken);
        var pending = requests.ToList();
        var ids = new string[pending.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, pending.Count), new ParallelOptions { MaxDegreeOfParallelism = submitConcurrency, CancellationToken = cancellationToken },
            async (i, ct) => ids[i] = (await batch.SubmitJobAsync(pending[i], ct)).JobId ?? throw new InvalidOperationException("SubmitJob returned no jobId"));
        return ids;
    }

    /// <summary>Steps (c) and (d): walks the held jobs <paramref name="ids"/> to RUNNABLE and holds them there.</summary>
    /// <exception cref="TimeoutException">Not all jobs reached RUNNABLE within <paramref name="limit"/> (default 2 minutes).</exception>
    public async Task<IReadOnlyList<string>> ReleaseToRunnableAsync(IBatchApi batch, IReadOnlyList<string> ids, TimeSpan? limit = null, CancellationToken cancellationToken = default)
    {
        await SetSecondsAsync(stepSeconds, cancellationToken);
        try
        {
            var deadline = time.GetUtcNow() + (limit ?? TimeSpan.FromMinutes(2));
            while (true)
            {
                var statuses = await StatusesAsync(batch, ids, cancellationToken);
                if (statuses.All(s => s is not ("SUBMITTED" or "PENDING"))) break;
                if (time.GetUtcNow() > deadline) throw new TimeoutException($"jobs did not reach RUNNABLE: {string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Count()} {g.Key}"))}");
                // moto advances a job only when it is read after the step elapsed; this pause only spaces the polls.
                await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
            }
        }
        finally
        {
            await SetSecondsAsync(HoldSeconds, CancellationToken.None);
        }
        // moto's job threads read their own status every 0.5 s, so a job may take its next step between the last poll
        // and the hold; only now that nothing moves is "every job RUNNABLE" a fact.
        var stray = (await StatusesAsync(batch, ids, cancellationToken)).Where(s => s != "RUNNABLE").ToList();
        return stray.Count == 0 ? ids
            : throw new InvalidOperationException($"jobs went past RUNNABLE before the hold was back: {string.Join(", ", stray.Distinct())}");
    }

    /// <summary>The statuses of <paramref name="ids"/>, described 100 at a time.</summary>
    public static async Task<IReadOnlyList<string?>> StatusesAsync(IBatchApi batch, IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        var statuses = new List<string?>();
        foreach (var chunk in ids.Chunk(DescribeLimit))
            statuses.AddRange(((await batch.DescribeJobsAsync(new DescribeJobsRequest { Jobs = chunk }, cancellationToken)).Jobs ?? []).Select(j => j.Status));
        return statuses;
    }

    private async Task SetSecondsAsync(int seconds, CancellationToken cancellationToken)
    {
        var body = $$$"""{"model_name":"batch::job","transition":{"progression":"time","seconds":{{{seconds}}}}}""";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri(endpoint, "/moto-api/state-manager/set-transition"), content, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
