using BatchProvider.Testing.Moto;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Tests.Moto;

namespace BatchProvider.Lambda.Tests.Aws.Batch;

[Collection(MotoCollection.Name)]
public sealed class BatchComputeEnvironmentMotoTests(MotoServer moto) : IAsyncLifetime
{
    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [MotoFact]
    public async Task ComputeEnvironment_CreateDescribeUpdateDelete_RoundTrips()
    {
        var batch = moto.CreateBatchClient();
        var created = await batch.CreateComputeEnvironmentAsync(BatchFixtures.ManagedEc2(moto.Sandbox, "ce-a", new Dictionary<string, string> { ["batchprovider:stack"] = "s1" }));
        Assert.Equal("ce-a", created.ComputeEnvironmentName);
        Assert.Equal($"arn:aws:batch:us-east-1:{MotoServer.AccountId}:compute-environment/ce-a", created.ComputeEnvironmentArn);

        var described = await batch.DescribeComputeEnvironmentsAsync(new() { ComputeEnvironments = ["ce-a"] }).ToListAsync();
        var ce = Assert.Single(described);
        // Moto reports a new CE as VALID at once; AWS reports CREATING first, then VALID (code waits for VALID).
        Assert.Equal("VALID", ce.Status);
        Assert.Equal("ENABLED", ce.State);
        Assert.Equal("s1", ce.Tags?["batchprovider:stack"]);
        Assert.Equal(moto.Sandbox.SubnetIds, ce.ComputeResources?.Subnets);

        await batch.UpdateComputeEnvironmentAsync(new() { ComputeEnvironment = "ce-a", State = "DISABLED" });
        var disabled = await batch.DescribeComputeEnvironmentsAsync(new() { ComputeEnvironments = ["ce-a"] }).SingleAsync();
        Assert.Equal("DISABLED", disabled.State);

        await batch.DeleteComputeEnvironmentAsync(new() { ComputeEnvironment = "ce-a" });
        // Moto deletes at once; AWS moves the CE to DELETING, then DELETED, and describe keeps showing it a while.
        Assert.Empty(await batch.DescribeComputeEnvironmentsAsync(new() { ComputeEnvironments = ["ce-a"] }).ToListAsync());
    }

    [MotoFact]
    public async Task CreateComputeEnvironment_WhenNameTaken_ThrowsAlreadyExists()
    {
        var batch = moto.CreateBatchClient();
        await batch.CreateComputeEnvironmentAsync(BatchFixtures.ManagedEc2(moto.Sandbox, "ce-dup"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => batch.CreateComputeEnvironmentAsync(BatchFixtures.ManagedEc2(moto.Sandbox, "ce-dup")));

        // AWS answers ClientException "Object already exists"; moto answers InvalidParameterValue. Code to the message.
        Assert.True(error.IsAlreadyExists, error.Message);
        Assert.Equal(400, error.StatusCode);
    }
}
