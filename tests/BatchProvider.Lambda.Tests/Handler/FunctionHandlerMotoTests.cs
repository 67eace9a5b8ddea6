using System.Text.Json.Nodes;
using BatchProvider.Lambda.Tests.Moto;
using BatchProvider.Lambda.Tests.Reconcile;
using BatchProvider.Testing.Inventory;
using BatchProvider.Testing.Moto;

namespace BatchProvider.Lambda.Tests.Handler;

/// <summary>
/// The custom-resource protocol end to end: the local CloudFormation simulator sends what CloudFormation would,
/// the production handler answers on moto S3 presigned URLs and continues through moto SQS with a budget of about a dozen
/// Batch calls per invocation, and every request gets exactly one correct answer.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class FunctionHandlerMotoTests(MotoServer moto) : IAsyncLifetime
{
    private const string OurId = "BatchStack/research-stack/Research/research";
    private FunctionHarness _function = null!;

    public async Task InitializeAsync()
    {
        await moto.ResetAsync();
        _function = await FunctionHarness.StartAsync(moto, TimeSpan.FromSeconds(2));
    }

    public Task DisposeAsync()
    {
        _function.Dispose();
        return Task.CompletedTask;
    }

    private static string WithoutGeneration(string name) => System.Text.RegularExpressions.Regex.Replace(name, "-g[0-9]+$", "");

    private Task<BatchInventory> InventoryAsync() => BatchInventory.TakeAsync(moto.CreateBatchClient());

    [MotoFact]
    public async Task Lifecycle_OfTheExample_AnswersCreateUpdateDeleteOnceEachThroughContinuations()
    {
        var cfn = _function.Simulator();

        var create = await cfn.CreateAsync(_function.Properties(MotoStack.Example));
        var afterCreate = await InventoryAsync();
        var update = await cfn.UpdateAsync(_function.Properties(MotoStack.ExampleV2));
        var delete = await cfn.DeleteAsync();

        Assert.True(create.Answer.Succeeded, create.Answer.Reason);
        Assert.Equal(OurId, create.Answer.PhysicalResourceId);
        Assert.Equal((3, 3, 1, 3), (afterCreate.ComputeEnvironments.Count, afterCreate.JobQueues.Count, afterCreate.SchedulingPolicies.Count, afterCreate.ActiveJobDefinitions.Count));
        Assert.Equal(afterCreate.JobQueues.Single(q => q.JobQueueName == "research-etl").JobQueueArn, create.Answer.Data["JobQueue.etl"]);
        Assert.Equal(["ComputeEnvironment.ondemand", "ComputeEnvironment.serverless", "ComputeEnvironment.spot"], create.Answer.Data.Keys.Where(k => k.StartsWith("ComputeEnvironment.", StringComparison.Ordinal)));
        Assert.True(update.Answer.Succeeded, update.Answer.Reason);
        Assert.Equal(OurId, update.Answer.PhysicalResourceId);
        Assert.EndsWith("research-train:2", update.Answer.Data["JobDefinition.train"]);
        Assert.True(delete.Answer.Succeeded, delete.Answer.Reason);
        Assert.Equal(["Create", "Update", "Delete"], cfn.History.Select(e => e.RequestType));
        Assert.True(create.Passes >= 2 && update.Passes >= 2, $"continuations: create {create.Passes}, update {update.Passes}, delete {delete.Passes}");
        Assert.Equal(0, (await InventoryAsync()).Count);
        Assert.Equal((0, 0), (_function.Remediation.Messages.Count, _function.Remediation.Sweeps));
    }

    [MotoFact]
    public async Task Create_WithInvalidProperties_FailsNamingEveryPathBeforeAnyBatchCall()
    {
        var cfn = _function.Simulator();
        var properties = _function.Properties(MotoStack.Example);
        properties["ComputeEnvironments"]![0]!["MaxvCpus"] = "lots";
        properties["JobQueues"]![1]!["Priority"] = "-1";

        var create = await cfn.CreateAsync(properties);

        Assert.Equal("FAILED", create.Answer.Status);
        Assert.Contains("ComputeEnvironments[0].MaxvCpus", create.Answer.Reason);
        Assert.Contains("JobQueues[1].Priority", create.Answer.Reason);
        Assert.Equal("BatchStack/research-stack/Research/-", create.Answer.PhysicalResourceId);
        var rollback = cfn.History[1];
        Assert.Equal(("Delete", "SUCCESS"), (rollback.RequestType, rollback.Answer.Status));
        Assert.Equal(0, _function.Gate.Requests);
    }

    [MotoFact]
    public async Task Create_ThatFailsHalfWay_IsRolledBackByADeleteWithOurIdThatRemovesWhatExists()
    {
        var cfn = _function.Simulator();
        _function.Gate.Refuse.Add("/v1/createjobqueue");

        var create = await cfn.CreateAsync(_function.Properties(MotoStack.Example));

        Assert.Equal("FAILED", create.Answer.Status);
        Assert.Contains("Refused by the test", create.Answer.Reason);
        Assert.Equal(OurId, create.Answer.PhysicalResourceId);
        var rollback = cfn.History[1];
        Assert.Equal(("Delete", OurId, "SUCCESS"), (rollback.RequestType, rollback.PhysicalResourceId, rollback.Answer.Status));
        Assert.Equal(0, (await InventoryAsync()).Count);
    }

    [MotoFact]
    public async Task Update_ThatFails_IsRolledBackByAnUpdateToTheOldPropertiesThatConverges()
    {
        var cfn = _function.Simulator();
        await cfn.CreateAsync(_function.Properties(MotoStack.Example));
        var before = await InventoryAsync();
        _function.Gate.Refuse.Add("/v1/updateschedulingpolicy");

        var update = await cfn.UpdateAsync(_function.Properties(MotoStack.ExampleV2));
        _function.Gate.Refuse.Clear();

        Assert.Equal("FAILED", update.Answer.Status);
        var rollback = cfn.History[^1];
        Assert.Equal(("Update", "SUCCESS", OurId), (rollback.RequestType, rollback.Answer.Status, rollback.Answer.PhysicalResourceId));
        var after = await InventoryAsync();
        Assert.Equal(before.JobQueues.Select(q => q.JobQueueName).Order(), after.JobQueues.Select(q => q.JobQueueName).Order());
        // The failed Update replaced serverless (FARGATE_SPOT -> FARGATE, create first: research-serverless-g2); going back
        // is another create-first replacement, so the CE is FARGATE_SPOT again under the next generation's name.
        Assert.Equal(before.ComputeEnvironments.Select(c => WithoutGeneration(c.ComputeEnvironmentName!)).Order(), after.ComputeEnvironments.Select(c => WithoutGeneration(c.ComputeEnvironmentName!)).Order());
        var serverless = after.ComputeEnvironments.Single(c => WithoutGeneration(c.ComputeEnvironmentName!) == "research-serverless");
        Assert.Equal("FARGATE_SPOT", serverless.ComputeResources!.Type);
        Assert.Equal(serverless.ComputeEnvironmentArn, after.JobQueues.Single(q => q.JobQueueName == "research-etl").ComputeEnvironmentOrder!.Single().ComputeEnvironment);
        Assert.Equal(0.5, after.SchedulingPolicies.Single().FairsharePolicy!.ShareDistribution!.Single(s => s.ShareIdentifier == "nlp").WeightFactor);
        Assert.True((await cfn.DeleteAsync()).Answer.Succeeded);
        Assert.Equal(0, (await InventoryAsync()).Count);
    }

    [MotoFact]
    public async Task Delete_WithAnIdWeNeverIssued_SucceedsAndTouchesNothing()
    {
        var cfn = _function.Simulator();
        var properties = _function.Properties(MotoStack.Example);
        await cfn.CreateAsync(properties);
        var before = await InventoryAsync();
        var requestsBefore = _function.Gate.Requests;

        // What CloudFormation sends after cancelling an in-flight Create: an id of its own making.
        var delete = await cfn.SendAsync("Delete", properties, null, "research-stack-Research-1K2XJ3NQ4ZP5");

        Assert.Equal(("SUCCESS", "research-stack-Research-1K2XJ3NQ4ZP5"), (delete.Answer.Status, delete.Answer.PhysicalResourceId));
        Assert.Equal(requestsBefore, _function.Gate.Requests);
        Assert.Equal(before.Count, (await InventoryAsync()).Count);
        await cfn.DeleteAsync();
    }

    [MotoFact]
    public async Task Update_ChangingName_IsAReplacementAndTheCleanupDeleteRemovesOnlyTheOldName()
    {
        var cfn = _function.Simulator();
        await cfn.CreateAsync(_function.Properties(MotoStack.Example));

        var update = await cfn.UpdateAsync(_function.Properties(MotoStack.Example, t => t.Replace("Name: research", "Name: science")));

        Assert.True(update.Answer.Succeeded, update.Answer.Reason);
        Assert.Equal("BatchStack/research-stack/Research/science", update.Answer.PhysicalResourceId);
        var cleanup = cfn.History[^1];
        Assert.Equal(("Delete", OurId, "SUCCESS"), (cleanup.RequestType, cleanup.PhysicalResourceId, cleanup.Answer.Status));
        var after = await InventoryAsync();
        Assert.All(after.ComputeEnvironments, c => Assert.StartsWith("science-", c.ComputeEnvironmentName));
        Assert.All(after.JobQueues, q => Assert.StartsWith("science-", q.JobQueueName));
        Assert.Equal(3, after.JobQueues.Count);
        await cfn.DeleteAsync();
        Assert.Equal(0, (await InventoryAsync()).Count);
    }

    [MotoFact]
    public async Task Create_DeliveredTwice_DoesNoHarmAndBothAnswersAgree()
    {
        var cfn = _function.Simulator();
        var properties = _function.Properties(MotoStack.Example);

        var create = await cfn.SendAsync("Create", properties, null, null, deliveries: 2);

        Assert.True(create.Answer.Succeeded, create.Answer.Reason);
        Assert.Equal(2, create.Answer.Deliveries);
        Assert.Equal(OurId, create.Answer.PhysicalResourceId);
        var inventory = await InventoryAsync();
        Assert.Equal((3, 3, 1, 3), (inventory.ComputeEnvironments.Count, inventory.JobQueues.Count, inventory.SchedulingPolicies.Count, inventory.ActiveJobDefinitions.Count));
        await cfn.SendAsync("Delete", properties, null, OurId);
        Assert.Equal(0, (await InventoryAsync()).Count);
    }

    [MotoFact]
    public async Task Create_WhoseDataCannotFit4096Bytes_AnswersAClearFailedAndTheRollbackRemovesEverything()
    {
        var cfn = _function.Simulator();
        var properties = _function.Properties(MotoStack.Example);
        var definitions = properties["JobDefinitions"]!.AsArray();
        var template = definitions.First(d => (string?)d!["Id"] == "nightly-etl")!;
        for (var i = 0; i < 40; i++)
        {
            var copy = template.DeepClone();
            copy["Id"] = $"generated-definition-number-{i:00}";
            definitions.Add(copy);
        }

        var create = await cfn.CreateAsync(properties);

        Assert.Equal("FAILED", create.Answer.Status);
        Assert.Contains("over CloudFormation's 4096", create.Answer.Reason);
        Assert.True(create.Answer.Bytes <= 4096);
        Assert.True(cfn.History[1].Answer.Succeeded);
        Assert.Equal(0, (await InventoryAsync()).Count);
    }
}
