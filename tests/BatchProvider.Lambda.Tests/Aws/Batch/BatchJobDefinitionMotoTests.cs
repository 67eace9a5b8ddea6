using BatchProvider.Testing.Moto;
using BatchProvider.Lambda.Tests.Moto;

namespace BatchProvider.Lambda.Tests.Aws.Batch;

[Collection(MotoCollection.Name)]
public sealed class BatchJobDefinitionMotoTests(MotoServer moto) : IAsyncLifetime
{
    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [MotoFact]
    public async Task JobDefinition_RegisterDescribeDeregister_RoundTrips()
    {
        var batch = moto.CreateBatchClient();
        var first = await batch.RegisterJobDefinitionAsync(BatchFixtures.Container("jd-a", new Dictionary<string, string> { ["k"] = "v" }));
        var second = await batch.RegisterJobDefinitionAsync(BatchFixtures.Container("jd-a") with { Parameters = new Dictionary<string, string> { ["p"] = "1" } });

        Assert.Equal((1, 2), (first.Revision, second.Revision));
        Assert.Equal($"arn:aws:batch:us-east-1:{MotoServer.AccountId}:job-definition/jd-a:2", second.JobDefinitionArn);

        var active = await batch.DescribeJobDefinitionsAsync(new() { JobDefinitionName = "jd-a", Status = "ACTIVE" }).ToListAsync();
        Assert.Equal([1, 2], active.Select(d => d.Revision ?? 0).Order());
        var latest = active.Single(d => d.Revision == 2);
        Assert.Equal("public.ecr.aws/docker/library/busybox:latest", latest.ContainerProperties?.Image);
        Assert.Equal("1", latest.Parameters?["p"]);

        await batch.DeregisterJobDefinitionAsync(new() { JobDefinition = first.JobDefinitionArn });

        var byArn = await batch.DescribeJobDefinitionsAsync(new() { JobDefinitions = [first.JobDefinitionArn!] }).SingleAsync();
        Assert.Equal("INACTIVE", byArn.Status);
        Assert.Equal([2], await batch.DescribeJobDefinitionsAsync(new() { JobDefinitionName = "jd-a", Status = "ACTIVE" }).Select(d => d.Revision ?? 0).ToListAsync());
    }
}
