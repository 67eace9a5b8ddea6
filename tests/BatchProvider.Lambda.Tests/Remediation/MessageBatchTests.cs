using BatchProvider.Lambda.Remediation;
using BatchProvider.Lambda.Tests.Aws.Fakes;
using BatchProvider.Testing.Time;

namespace BatchProvider.Lambda.Tests.Remediation;

/// <summary>
/// Events cost no lookups per job (issue 9, item 5): the messages of one SQS batch share one look-up of the owned
/// queues and their compute environments, while a message handled on its own looks them up afresh.
/// </summary>
public sealed class MessageBatchTests
{
    private static readonly DateTimeOffset Now = SweepThroughputTests.Now;

    public static TheoryData<int, bool, int> Batches => new()
    {
        // messages, in one batch, expected DescribeJobQueues calls
        { 1, true, 1 },
        { 10, true, 1 },
        { 1, false, 1 },
        { 10, false, 10 },
    };

    [Theory]
    [MemberData(nameof(Batches))]
    public async Task Messages_InOneBatch_ShareOneLookupOfQueuesAndComputeEnvironments(int messages, bool inOneBatch, int expectedLookups)
    {
        var batch = SweepThroughputTests.World(queueCount: 1, jobsPerQueue: messages, cesPerQueue: 2, holdActions: 1);
        var remediation = StuckJobRemediation.Create(batch, new RecordingSqs(), new RemediationSettings(null, null, 1), new RecordingLogSink(),
            new ManualClock(Now), new RecordingMetrics());

        using (inOneBatch ? remediation.BeginBatch() : null)
        {
            for (var j = 0; j < messages; j++)
                await remediation.HandleMessageAsync(StateChange($"q0-j{j}", SweepThroughputTests.QueueArn(0)), DateTimeOffset.MaxValue, CancellationToken.None);
        }

        Assert.Equal(expectedLookups, batch.Calls("DescribeJobQueues"));
        Assert.Equal(expectedLookups, batch.Calls("DescribeComputeEnvironments"));
        Assert.Equal(messages, batch.Calls("CancelJob"));
    }

    [Fact]
    public async Task Batch_OnceClosed_IsNotReusedByTheNextOne()
    {
        var batch = SweepThroughputTests.World(queueCount: 1, jobsPerQueue: 2, cesPerQueue: 1, holdActions: 1);
        var remediation = StuckJobRemediation.Create(batch, new RecordingSqs(), new RemediationSettings(null, null, 1), new RecordingLogSink(),
            new ManualClock(Now), new RecordingMetrics());

        for (var j = 0; j < 2; j++)
        {
            using var scope = remediation.BeginBatch();
            await remediation.HandleMessageAsync(StateChange($"q0-j{j}", SweepThroughputTests.QueueArn(0)), DateTimeOffset.MaxValue, CancellationToken.None);
        }

        Assert.Equal(2, batch.Calls("DescribeJobQueues"));
    }

    private static string StateChange(string jobId, string queue) => $$$"""
        {"version":"0","id":"{{{jobId}}}","detail-type":"Batch Job State Change","source":"aws.batch","time":"{{{(Now - TimeSpan.FromHours(1)).UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}}}",
         "detail":{"jobId":"{{{jobId}}}","jobQueue":"{{{queue}}}","status":"RUNNABLE"}}
        """;
}
