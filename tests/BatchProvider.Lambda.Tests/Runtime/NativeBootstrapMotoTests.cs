using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.S3;
using BatchProvider.Lambda.Tests.Moto;
using BatchProvider.Lambda.Tests.Reconcile;
using BatchProvider.Sandbox.Moto;
using BatchProvider.Testing.CloudFormation;
using BatchProvider.Testing.Inventory;
using BatchProvider.Testing.Moto;
using BatchProvider.Testing.Runtime;

namespace BatchProvider.Lambda.Tests.Runtime;

/// <summary>
/// The published Native AOT bootstrap, started as Lambda starts it (a process under a Runtime API, settings from its
/// environment), against moto for Batch, SQS and the S3 ResponseURLs: the CloudFormation simulator's Create, Update
/// and Delete each get exactly one correct answer. This is the only test of the code paths trimming and AOT can break
/// (source-generated JSON, the HTTP clients, signing) in the form that ships.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class NativeBootstrapMotoTests(MotoServer moto, NativeBootstrapFixture bootstrap) : IClassFixture<NativeBootstrapFixture>, IAsyncLifetime
{
    private const string StackId = "arn:aws:cloudformation:us-east-1:123456789012:stack/native-stack/5b6c7d8e-0000-4000-8000-000000000002";
    private const string OurId = "BatchStack/native-stack/Research/research";

    private AmazonS3Client _s3 = null!;
    private SqsEventSource _continuations = null!;
    private NativeFunction _function = null!;

    public async Task InitializeAsync()
    {
        await moto.ResetAsync();
        _s3 = await ResponseBucket.CreateAsync(moto.Endpoint, MotoServer.Region, MotoServer.Credentials);
        _continuations = await SqsEventSource.CreateAsync(moto.Endpoint, MotoServer.Region, MotoServer.Credentials, "native-continuations");
        _function = new NativeFunction(bootstrap.Path, new Dictionary<string, string>
        {
            ["AWS_REGION"] = MotoServer.Region,
            ["AWS_ACCESS_KEY_ID"] = MotoServer.Credentials.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = MotoServer.Credentials.SecretAccessKey,
            ["AWS_ENDPOINT_URL"] = moto.Endpoint.ToString(),
            ["CONTINUATION_QUEUE_URL"] = _continuations.QueueUrl,
            ["RESPONSE_URL_ALLOWED_HOSTS"] = moto.Endpoint.Authority,
        }, _continuations.DeliverAsync);
    }

    public async Task DisposeAsync()
    {
        await _function.DisposeAsync();
        _s3.Dispose();
        _continuations.Dispose();
    }

    /// <summary>
    /// The moto variant of the example. Moto's Batch refuses a managed compute environment without a service role, and
    /// unlike the in-process tests nothing here adds one, so the template names the service-linked role in Defaults.
    /// </summary>
    private JsonObject Properties(Action<JsonObject>? edit = null)
    {
        var properties = CfnProperties.From(Testing.Specs.StackFiles.Read(MotoStack.Faithful), moto.Sandbox.TemplateParameters(), serviceTimeoutSeconds: 900);
        properties["Defaults"]!["ServiceRole"] = ServiceLinkedRoleDefault.ArnFor(MotoServer.AccountId);
        edit?.Invoke(properties);
        return properties;
    }

    [MotoFact]
    public async Task PublishedBootstrap_AnswersCreateUpdateDeleteExactlyOnceEach()
    {
        var cfn = new CloudFormationSimulator(_s3, ResponseBucket.Name, _function, StackId, "Research");

        var create = await cfn.CreateAsync(Properties());
        var afterCreate = await BatchInventory.TakeAsync(moto.CreateBatchClient());
        var update = await cfn.UpdateAsync(Properties(p => p["JobDefinitions"]![0]!["Timeout"] = "6h"));
        var delete = await cfn.DeleteAsync();

        Assert.True(create.Answer.Succeeded, create.Answer.Reason);
        Assert.Equal(OurId, create.Answer.PhysicalResourceId);
        var expected = afterCreate.ComputeEnvironments.Select(ce => ($"ComputeEnvironment.{ce.ComputeEnvironmentName![("research-".Length)..]}", ce.ComputeEnvironmentArn!))
            .Concat(afterCreate.JobQueues.Select(q => ($"JobQueue.{q.JobQueueName![("research-".Length)..]}", q.JobQueueArn!)));
        Assert.All(expected, e => Assert.Equal(e.Item2, create.Answer.Data[e.Item1]));
        Assert.EndsWith("research-train:1", create.Answer.Data["JobDefinition.train"]);
        Assert.True(update.Answer.Succeeded, update.Answer.Reason);
        Assert.Equal(OurId, update.Answer.PhysicalResourceId);
        Assert.EndsWith("research-train:2", update.Answer.Data["JobDefinition.train"]);
        Assert.Equal(create.Answer.Data["JobQueue.etl"], update.Answer.Data["JobQueue.etl"]);
        Assert.True(delete.Answer.Succeeded, delete.Answer.Reason);
        Assert.Equal(OurId, delete.Answer.PhysicalResourceId);
        Assert.Equal(["Create", "Update", "Delete"], cfn.History.Select(e => e.RequestType));
        Assert.All(cfn.History, e => Assert.Equal(1, e.Answer.Deliveries));
        Assert.Equal(0, (await BatchInventory.TakeAsync(moto.CreateBatchClient())).Count);
        Assert.Empty(_function.Api.Rejected);
        Assert.All(_function.Api.Answers, a => Assert.Equal(RuntimeAnswerKind.Response, a.Kind));
    }

    [MotoFact]
    public async Task PublishedBootstrap_WritesJsonLogLinesCarryingTheRuntimeRequestId_AndNoResponseUrlQuery()
    {
        var cfn = new CloudFormationSimulator(_s3, ResponseBucket.Name, _function, StackId, "Research");

        // A Delete of an id the provider never issued: answered at once, no Batch call.
        var delete = await cfn.SendAsync("Delete", Properties(), null, "native-stack-Research-1A2B3C4D5E6F");

        Assert.True(delete.Answer.Succeeded, delete.Answer.Reason);
        Assert.Equal("native-stack-Research-1A2B3C4D5E6F", delete.Answer.PhysicalResourceId);
        var requestId = Assert.Single(_function.Api.Answers).RequestId;
        var lines = _function.Log.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var request = Assert.Single(lines, l => l.GetProperty("event").GetString() == "cfn.request");
        Assert.Equal(requestId, request.GetProperty("requestId").GetString());
        Assert.Equal(delete.RequestId, request.GetProperty("cfnRequestId").GetString());
        Assert.Equal(requestId, Assert.Single(lines, l => l.GetProperty("event").GetString() == "cfn.answer").GetProperty("requestId").GetString());
        Assert.DoesNotContain(_function.Log, l => l.Contains("X-Amz-", StringComparison.Ordinal));
    }
}
