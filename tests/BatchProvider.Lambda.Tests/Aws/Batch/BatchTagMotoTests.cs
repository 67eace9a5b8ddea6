using BatchProvider.Testing.Moto;
using BatchProvider.Lambda.Tests.Moto;

namespace BatchProvider.Lambda.Tests.Aws.Batch;

[Collection(MotoCollection.Name)]
public sealed class BatchTagMotoTests(MotoServer moto) : IAsyncLifetime
{
    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [MotoFact]
    public async Task Tags_TagListUntag_RoundTripThroughTheArnInThePath()
    {
        var batch = moto.CreateBatchClient();
        var ce = await batch.CreateComputeEnvironmentAsync(BatchFixtures.ManagedEc2(moto.Sandbox, "ce-tags", new Dictionary<string, string> { ["keep"] = "1" }));
        var arn = ce.ComputeEnvironmentArn!;

        await batch.TagResourceAsync(new() { ResourceArn = arn, Tags = new Dictionary<string, string> { ["a"] = "x y", ["b:c/d"] = "2", ["gone"] = "3" } });
        await batch.UntagResourceAsync(new() { ResourceArn = arn, TagKeys = ["gone", "b:c/d"] });
        var tags = (await batch.ListTagsForResourceAsync(new() { ResourceArn = arn })).Tags;

        Assert.Equal(new Dictionary<string, string> { ["keep"] = "1", ["a"] = "x y" }, tags);
    }
}
