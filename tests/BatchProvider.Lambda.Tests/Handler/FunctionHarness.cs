using System.Text.Json.Nodes;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Sqs;
using BatchProvider.Lambda.CustomResource;
using BatchProvider.Lambda.Handler;
using BatchProvider.Lambda.Runtime;
using BatchProvider.Lambda.Tests.Aws.Fakes;
using BatchProvider.Lambda.Tests.Moto;
using BatchProvider.Lambda.Tests.Reconcile;
using BatchProvider.Lambda.Tests.Remediation;
using BatchProvider.Sandbox.Moto;
using BatchProvider.Testing.CloudFormation;
using BatchProvider.Testing.Time;

namespace BatchProvider.Lambda.Tests.Handler;

/// <summary>
/// The production handler (<see cref="FunctionComposition"/>) on moto: Batch, the continuation queue on moto SQS and
/// the ResponseURLs on a versioned moto S3 bucket, delivered as the Lambda event sources would (SQS batches with
/// partial batch failures). Each invocation's budget holds a few Batch calls (see <see cref="Clock"/>), so one
/// operation takes many continuations.
/// Moto differs from AWS here: its Batch refuses managed compute environments without a service role, so the
/// service-linked-role default of the CLI sandbox is applied; its S3 does not check presigned signatures.
/// </summary>
internal sealed class FunctionHarness : ICustomResourceFunction, IDisposable
{
    public const string StackId = "arn:aws:cloudformation:us-east-1:123456789012:stack/research-stack/5b6c7d8e-0000-4000-8000-000000000001";

    private readonly MotoServer _moto;
    private readonly FunctionHandler _handler;
    private readonly SqsSdkClient _sqs;
    private readonly HttpClient _http = new();
    private readonly TimeSpan _budget;

    private FunctionHarness(MotoServer moto, string queueUrl, AmazonS3Client s3, string bucket, TimeSpan budget)
    {
        Gate = new BatchGate(() => Clock.Advance(CostPerBatchCall));
        _moto = moto;
        _budget = budget;
        QueueUrl = queueUrl;
        S3 = s3;
        Bucket = bucket;
        _sqs = moto.CreateSqsClient();
        var settings = LambdaSettings.Read(new DictionaryEnvironmentVariables(new Dictionary<string, string>
        {
            ["AWS_REGION"] = MotoServer.Region,
            ["AWS_ENDPOINT_URL"] = moto.Endpoint.ToString(),
            [LambdaSettings.ContinuationQueueVariable] = queueUrl,
            [ResponseUrlPolicy.Variable] = moto.Endpoint.Authority,
        }));
        Options = new ProviderOptions
        {
            InvocationMargin = TimeSpan.Zero,
            ContinuationDelay = TimeSpan.Zero,
            Apply = MotoStack.FastPolling with { SafetyMargin = TimeSpan.Zero },
        };
        _handler = FunctionComposition.Create(settings, new ServiceLinkedRoleDefault(moto.CreateBatchClient(o => o with { Handler = Gate }), MotoServer.AccountId), _sqs,
            new HttpResponseChannel(_http, Log, TimeProvider.System, TimeSpan.FromMilliseconds(50)), Remediation, Log, Clock, Options);
    }

    public RecordingLogSink Log { get; } = new();

    /// <summary>Where the handler routes remediation events (none in the custom-resource tests).</summary>
    public RecordingRemediation Remediation { get; } = new();

    /// <summary>Counts and can refuse the function's Batch requests.</summary>
    public BatchGate Gate { get; }

    /// <summary>
    /// The function's clock: every Batch request costs <see cref="CostPerBatchCall"/>, so an invocation's budget holds
    /// a fixed number of calls however fast the machine is, and one operation needs many continuations.
    /// </summary>
    public SteppingClock Clock { get; } = new();

    public static readonly TimeSpan CostPerBatchCall = TimeSpan.FromMilliseconds(150);

    public ProviderOptions Options { get; }

    public string QueueUrl { get; }

    public AmazonS3Client S3 { get; }

    public string Bucket { get; }

    /// <summary>Continuation messages delivered so far.</summary>
    public int Continuations { get; private set; }

    /// <summary>Every invocation's response body, in order.</summary>
    public List<string> Responses { get; } = [];

    public static async Task<FunctionHarness> StartAsync(MotoServer moto, TimeSpan budget)
    {
        var query = new MotoQueryApi(moto.Endpoint, MotoServer.Region, MotoServer.Credentials);
        var queue = MotoQueryApi.Value(await query.CallAsync("sqs", "2012-11-05", "CreateQueue", [KeyValuePair.Create("QueueName", "continuations")]), "QueueUrl");
        var s3 = new AmazonS3Client(new BasicAWSCredentials(MotoServer.Credentials.AccessKeyId, MotoServer.Credentials.SecretAccessKey),
            new AmazonS3Config { ServiceURL = moto.Endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = MotoServer.Region });
        const string bucket = "cloudformation-custom-resource-response-useast1";
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = bucket, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled } });
        return new FunctionHarness(moto, queue, s3, bucket, budget);
    }

    public CloudFormationSimulator Simulator(string logicalId = "Research") => new(S3, Bucket, this, StackId, logicalId);

    public JsonObject Properties(string path, Func<string, string>? edit = null, int serviceTimeout = 900) =>
        CfnProperties.From((edit ?? (t => t))(Testing.Specs.StackFiles.Read(path)), _moto.Sandbox.TemplateParameters(), serviceTimeout);

    public Task<InvocationResponse> InvokeRawAsync(string eventJson) =>
        _handler.HandleAsync(new InvocationRequest(Guid.NewGuid().ToString(), Clock.GetUtcNow() + _budget, null, eventJson), CancellationToken.None);

    public async Task InvokeAsync(string eventJson) => Responses.Add((await InvokeRawAsync(eventJson)).Body);

    public async Task<bool> ContinueAsync()
    {
        var received = await _sqs.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = QueueUrl, MaxNumberOfMessages = 10, WaitTimeSeconds = 0, MessageSystemAttributeNames = ["ApproximateReceiveCount"],
        });
        if (received.Messages is not { Count: > 0 } messages) return false;
        Continuations += messages.Count;
        var body = await InvokeRawAsync(SqsEventJson(messages));
        Responses.Add(body.Body);
        var failed = JsonNode.Parse(body.Body)!["batchItemFailures"]!.AsArray().Select(f => (string)f!["itemIdentifier"]!).ToHashSet();
        foreach (var message in messages)
        {
            // What the event source does with a partial batch response: delete the successes, make the failures visible again.
            if (failed.Contains(message.MessageId!))
                await _sqs.ChangeMessageVisibilityAsync(new ChangeMessageVisibilityRequest { QueueUrl = QueueUrl, ReceiptHandle = message.ReceiptHandle!, VisibilityTimeout = 0 });
            else
                await _sqs.DeleteMessageAsync(new DeleteMessageRequest { QueueUrl = QueueUrl, ReceiptHandle = message.ReceiptHandle! });
        }
        return true;
    }

    /// <summary>An SQS event as Lambda's event source builds it.</summary>
    public static string SqsEventJson(IEnumerable<SqsMessage> messages) => new JsonObject
    {
        ["Records"] = new JsonArray([.. messages.Select(m => (JsonNode)new JsonObject
        {
            ["messageId"] = m.MessageId,
            ["receiptHandle"] = m.ReceiptHandle,
            ["body"] = m.Body,
            ["attributes"] = new JsonObject { ["ApproximateReceiveCount"] = m.Attributes?.GetValueOrDefault("ApproximateReceiveCount") ?? "1" },
            ["eventSource"] = "aws:sqs",
            ["eventSourceARN"] = "arn:aws:sqs:us-east-1:123456789012:continuations",
        })]),
    }.ToJsonString();

    public void Dispose()
    {
        _http.Dispose();
        _sqs.Dispose();
        Gate.Dispose();
        S3.Dispose();
    }
}
