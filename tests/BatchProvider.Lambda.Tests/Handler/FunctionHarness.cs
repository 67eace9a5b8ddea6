using System.Text.Json.Nodes;
using Amazon.S3;
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
using BatchProvider.Testing.Runtime;
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
    private readonly SqsEventSource _continuations;

    private FunctionHarness(MotoServer moto, SqsEventSource continuations, AmazonS3Client s3, string bucket, TimeSpan budget)
    {
        Gate = new BatchGate(() => Clock.Advance(CostPerBatchCall));
        _moto = moto;
        _budget = budget;
        _continuations = continuations;
        S3 = s3;
        Bucket = bucket;
        _sqs = moto.CreateSqsClient();
        var settings = LambdaSettings.Read(new DictionaryEnvironmentVariables(new Dictionary<string, string>
        {
            ["AWS_REGION"] = MotoServer.Region,
            ["AWS_ENDPOINT_URL"] = moto.Endpoint.ToString(),
            [LambdaSettings.ContinuationQueueVariable] = continuations.QueueUrl,
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

    public string QueueUrl => _continuations.QueueUrl;

    public AmazonS3Client S3 { get; }

    public string Bucket { get; }

    /// <summary>Continuation messages delivered so far.</summary>
    public int Continuations { get; private set; }

    /// <summary>Every invocation's response body, in order.</summary>
    public List<string> Responses { get; } = [];

    public static async Task<FunctionHarness> StartAsync(MotoServer moto, TimeSpan budget)
    {
        var continuations = await SqsEventSource.CreateAsync(moto.Endpoint, MotoServer.Region, MotoServer.Credentials, "continuations");
        var s3 = await ResponseBucket.CreateAsync(moto.Endpoint, MotoServer.Region, MotoServer.Credentials);
        return new FunctionHarness(moto, continuations, s3, ResponseBucket.Name, budget);
    }

    public CloudFormationSimulator Simulator(string logicalId = "Research") => new(S3, Bucket, this, StackId, logicalId);

    public JsonObject Properties(string path, Func<string, string>? edit = null, int serviceTimeout = 900) =>
        CfnProperties.From((edit ?? (t => t))(Testing.Specs.StackFiles.Read(path)), _moto.Sandbox.TemplateParameters(), serviceTimeout);

    public Task<InvocationResponse> InvokeRawAsync(string eventJson) =>
        _handler.HandleAsync(new InvocationRequest(Guid.NewGuid().ToString(), Clock.GetUtcNow() + _budget, null, eventJson), CancellationToken.None);

    public async Task InvokeAsync(string eventJson) => Responses.Add((await InvokeRawAsync(eventJson)).Body);

    public async Task<bool> ContinueAsync()
    {
        var delivered = await _continuations.DeliverAsync(async eventJson =>
        {
            var body = (await InvokeRawAsync(eventJson)).Body;
            Responses.Add(body);
            return body;
        });
        Continuations += delivered;
        return delivered > 0;
    }

    public void Dispose()
    {
        _http.Dispose();
        _sqs.Dispose();
        _continuations.Dispose();
        Gate.Dispose();
        S3.Dispose();
    }
}
