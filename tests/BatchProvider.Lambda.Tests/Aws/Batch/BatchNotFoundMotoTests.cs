using BatchProvider.Testing.Moto;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Tests.Moto;

namespace BatchProvider.Lambda.Tests.Aws.Batch;

[Collection(MotoCollection.Name)]
public sealed class BatchNotFoundMotoTests(MotoServer moto) : IAsyncLifetime
{
    public enum Call
    {
        UpdateComputeEnvironment,
        UpdateJobQueue,
        SubmitJobToMissingQueue,
    }

    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [MotoTheory]
    [InlineData(Call.UpdateComputeEnvironment)]
    [InlineData(Call.UpdateJobQueue)]
    [InlineData(Call.SubmitJobToMissingQueue)]
    public async Task MissingResource_IsNotFound(Call call)
    {
        var batch = moto.CreateBatchClient();
        var definition = await batch.RegisterJobDefinitionAsync(BatchFixtures.Container("jd-nf"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Invoke(batch, call, definition.JobDefinitionArn!));

        // Batch answers 400 ClientException "... does not exist" (never 404); moto sometimes uses InvalidParameterValue.
        Assert.True(error.IsNotFound, error.Message);
        Assert.Equal(400, error.StatusCode);
        Assert.False(error.IsThrottling || error.IsServerError);
    }

    [MotoFact]
    public async Task Describe_OfMissingNames_ReturnsNothing()
    {
        var batch = moto.CreateBatchClient();

        Assert.Empty(await batch.DescribeComputeEnvironmentsAsync(new() { ComputeEnvironments = ["nope"] }).ToListAsync());
        Assert.Empty(await batch.DescribeJobQueuesAsync(new() { JobQueues = ["nope"] }).ToListAsync());
        Assert.Empty((await batch.DescribeJobsAsync(new() { Jobs = ["00000000-0000-0000-0000-000000000000"] })).Jobs ?? []);
    }

    private static Task Invoke(BatchClient batch, Call call, string definitionArn) => call switch
    {
        Call.UpdateComputeEnvironment => batch.UpdateComputeEnvironmentAsync(new() { ComputeEnvironment = "missing-ce", State = "DISABLED" }),
        Call.UpdateJobQueue => batch.UpdateJobQueueAsync(new() { JobQueue = "missing-q", Priority = 2 }),
        Call.SubmitJobToMissingQueue => batch.SubmitJobAsync(new() { JobName = "j", JobQueue = "missing-q", JobDefinition = definitionArn }),
        _ => throw new ArgumentOutOfRangeException(nameof(call)),
    };
}
