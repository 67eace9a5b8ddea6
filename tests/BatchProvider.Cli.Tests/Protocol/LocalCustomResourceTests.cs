using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using BatchProvider.Cli.Commands;
using BatchProvider.Cli.Protocol;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.CustomResource;
using BatchProvider.Lambda.Handler;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Lambda.Reconcile.Convergence;
using BatchProvider.Lambda.Remediation;
using BatchProvider.Lambda.Runtime;
using BatchProvider.Sandbox.Moto;
using BatchProvider.Testing.Moto;
using BatchProvider.Testing.Time;
using Spectre.Console;

namespace BatchProvider.Cli.Tests.Protocol;

/// <summary>
/// What <c>deploy</c> and <c>destroy</c> send goes through the Lambda's CustomResourceHandler: the answer captured in
/// the CLI is the one the production FunctionHandler gives for the same request on the same moto, invalid properties are answered FAILED
/// before any Batch call, and a long operation continues in process.
/// </summary>
public sealed class LocalCustomResourceTests : IAsyncLifetime
{
    private static readonly ProviderOptions Options = new() { Apply = CliAnsi.ApplyOptions(TargetKind.LocalEmulator) };
    private LocalMoto _moto = null!;
    private IReadOnlyDictionary<string, string> _parameters = null!;

    public async Task InitializeAsync()
    {
        _moto = await StartAsync();
        _parameters = (await _moto.ResetAsync()).TemplateParameters();
    }

    public async Task DisposeAsync() => await _moto.DisposeAsync();

    [MotoFact]
    public async Task DeployAndDestroy_ThroughTheCli_AnswerWhatTheLambdasFunctionHandlerAnswersForTheSameRequests()
    {
        var resource = Example();
        var create = LocalRequest.Deploy(resource, "research", LocalMoto.ArnPrefix, exists: false, TimeProvider.System.GetUtcNow());
        var delete = LocalRequest.Destroy(resource, "research", LocalMoto.ArnPrefix, TimeProvider.System.GetUtcNow());

        var cliCreate = await CliAnswerAsync(create);
        var cliDelete = await CliAnswerAsync(delete);
        var cliLeft = await OwnedAsync();
        var lambdaCreate = await LambdaAnswerAsync(create);
        var lambdaDelete = await LambdaAnswerAsync(delete);

        Assert.Equal(("Create", CustomResourceResponse.Succeeded, "BatchStack/batchstack-cli/Research/research"), (create.RequestType, cliCreate.Status, cliCreate.PhysicalResourceId));
        Assert.Equal(10, cliCreate.Data?.Count);
        Assert.Equal("arn:aws:batch:us-east-1:123456789012:job-queue/research-etl", cliCreate.Data!["JobQueue.etl"]);
        Assert.Equal(Comparable(lambdaCreate), Comparable(cliCreate));
        Assert.Equal((CustomResourceResponse.Succeeded, "BatchStack/batchstack-cli/Research/research"), (cliDelete.Status, cliDelete.PhysicalResourceId));
        Assert.Equal(Comparable(lambdaDelete), Comparable(cliDelete));
        Assert.Equal((0, 0), (cliLeft, await OwnedAsync()));
    }

    [MotoFact]
    public async Task Deploy_WithInvalidProperties_IsAnsweredFailedNamingEveryPathCreatesNothingAndExits1()
    {
        // The commands refuse such a file before starting any target (InputFileTests); this is what the handler itself
        // answers when invalid properties reach it, as they would from a stack.
        var resource = Example(t => t
            .Replace("MaxvCpus: 512", "MaxvCpus: lots", StringComparison.Ordinal)
            .Replace("Priority: 10\n", "Priority: -1\n", StringComparison.Ordinal));
        var request = LocalRequest.Deploy(resource, "research", LocalMoto.ArnPrefix, exists: false, TimeProvider.System.GetUtcNow());

        var answer = await CliAnswerAsync(request);
        var (exit, printed) = Report(answer);

        Assert.Equal((CustomResourceResponse.Failed, "BatchStack/batchstack-cli/Research/-"), (answer.Status, answer.PhysicalResourceId));
        Assert.StartsWith("Invalid properties: ", answer.Reason);
        foreach (var path in new[] { "ComputeEnvironments[0].MaxvCpus", "JobQueues[0].Priority" }) Assert.Contains(path, answer.Reason);
        Assert.Equal(BatchStackCli.Invalid, exit);
        Assert.Contains($"FAILED BatchStack/batchstack-cli/Research/-: {answer.Reason}", printed);
        Assert.Equal(0, await OwnedAsync());
    }

    [MotoFact]
    public async Task Deploy_LongerThanOneInvocation_ContinuesInProcessUntilAnswered_OrUntilTheTimeoutLeavesItInProgress()
    {
        // Each Batch request costs 150 ms of the clock, so an invocation budget of 2 s holds about a dozen requests.
        var clock = new SteppingClock();
        var options = Options with { InvocationMargin = TimeSpan.Zero, ContinuationDelay = TimeSpan.Zero, Apply = Options.Apply with { SafetyMargin = TimeSpan.Zero } };
        using var steps = new CostPerRequest(clock, TimeSpan.FromMilliseconds(150));
        IBatchApi batch = new ServiceLinkedRoleDefault(new BatchClient(_moto.ClientOptions(AwsService.Batch) with { Handler = steps }), LocalMoto.AccountId);
        LocalCustomResource Handler() => new(batch, TargetKind.LocalEmulator, options, clock, NullLogSink.Instance, new Progress<ApplyEvent>(), TimeSpan.FromSeconds(2));
        var request = LocalRequest.Deploy(Example(), "research", LocalMoto.ArnPrefix, exists: false, clock.GetUtcNow());

        var stopped = Handler();
        var inProgress = await stopped.RunAsync(request, clock.GetUtcNow() + TimeSpan.FromSeconds(3), null, CancellationToken.None);
        var resumed = Handler();
        var continuations = new List<int>();
        var answer = await resumed.RunAsync(request with { RequestType = "Update", PhysicalResourceId = "BatchStack/batchstack-cli/Research/research" },
            clock.GetUtcNow() + TimeSpan.FromHours(1), continuations.Add, CancellationToken.None);

        Assert.Null(inProgress);
        Assert.Equal(2, stopped.Invocations);
        Assert.True(await OwnedAsync() > 0, "the stopped deploy left nothing to continue from");
        Assert.NotNull(answer);
        Assert.True(answer.Status == CustomResourceResponse.Succeeded, answer.Reason);
        // How much is left for the resumed deploy depends on how far the stopped one got, and real time passes on this
        // clock too, so it may need one invocation or several; each continuation is reported, numbered from 2.
        Assert.Equal(Enumerable.Range(2, resumed.Invocations - 1), continuations);
        Assert.Equal(10, await OwnedAsync());
    }

    private BatchStackResource Example(Func<string, string>? edit = null) =>
        TemplateLoader.Load((edit ?? (t => t))(File.ReadAllText(CliRunner.Example)), _parameters).Stacks.Single();

    private async Task<CustomResourceResponse> CliAnswerAsync(CustomResourceRequest request)
    {
        var handler = new LocalCustomResource(Batch(), TargetKind.LocalEmulator, Options, TimeProvider.System, NullLogSink.Instance, new Progress<ApplyEvent>());
        return await handler.RunAsync(request, TimeProvider.System.GetUtcNow().AddMinutes(10), null, CancellationToken.None)
               ?? throw new InvalidOperationException("no answer within 10 minutes");
    }

    /// <summary>The production composition, as the Lambda runs it; no continuation queue, so one invocation must answer.</summary>
    private async Task<CustomResourceResponse> LambdaAnswerAsync(CustomResourceRequest request)
    {
        var settings = LambdaSettings.Read(new DictionaryEnvironmentVariables(new Dictionary<string, string>
        {
            ["AWS_REGION"] = LocalMoto.Region,
            ["AWS_ENDPOINT_URL"] = _moto.Endpoint.ToString(),
            [ResponseUrlPolicy.Variable] = new Uri(request.ResponseUrl).Host,
        }));
        var channel = new CapturedResponseChannel();
        // No CONTINUATION_QUEUE_URL: the function never touches SQS, so it gets no client.
        var function = FunctionComposition.Create(settings, Batch(), sqs: null!, channel, new NoRemediation(), NullLogSink.Instance, TimeProvider.System, Options);
        await function.HandleAsync(new InvocationRequest("invocation-1", TimeProvider.System.GetUtcNow().AddMinutes(10), null, EventJson(request)), CancellationToken.None);
        return channel.Answer ?? throw new InvalidOperationException("the function did not answer");
    }

    private IBatchApi Batch() => new ServiceLinkedRoleDefault(new BatchClient(_moto.ClientOptions(AwsService.Batch)), LocalMoto.AccountId);

    private async Task<int> OwnedAsync() => (await new Observer(new BatchClient(_moto.ClientOptions(AwsService.Batch))).ObserveAsync("research", null)).OwnedCount;

    /// <summary>
    /// The answer without the job-definition revision numbers: Batch never reuses one, so the second Create of the same
    /// request in the same account registers revision 2 where the first registered 1.
    /// </summary>
    private static (string Status, string? Reason, string Id, string Data) Comparable(CustomResourceResponse r) =>
        (r.Status, r.Reason, r.PhysicalResourceId, Regex.Replace(string.Join(" ", (r.Data ?? new Dictionary<string, string>()).Select(p => $"{p.Key}={p.Value}")), @"(job-definition/[^: ]+):\d+", "$1:N"));

    /// <summary>The request as the Lambda receives it from CloudFormation.</summary>
    private static string EventJson(CustomResourceRequest request)
    {
        var json = new JsonObject
        {
            ["RequestType"] = request.RequestType,
            ["ResponseURL"] = request.ResponseUrl,
            ["StackId"] = request.StackId,
            ["RequestId"] = request.RequestId,
            ["ResourceType"] = request.ResourceType,
            ["LogicalResourceId"] = request.LogicalResourceId,
            ["ResourceProperties"] = JsonNode.Parse(request.ResourceProperties.GetRawText()),
        };
        if (request.PhysicalResourceId is { } id) json["PhysicalResourceId"] = id;
        if (request.OldResourceProperties is { } old) json["OldResourceProperties"] = JsonNode.Parse(old.GetRawText());
        return json.ToJsonString();
    }

    private static (int Exit, string Printed) Report(CustomResourceResponse answer)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 4000;
        var exit = HandlerRun.Report(console, answer);
        return (exit, output.ToString());
    }

    private static Task<LocalMoto> StartAsync() =>
        LocalMoto.StartAsync(TimeProvider.System, (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator));

    private sealed class NoRemediation : IStuckJobRemediation
    {
        public Task HandleMessageAsync(string body, DateTimeOffset deadline, CancellationToken cancellationToken) => throw new InvalidOperationException("no remediation here");

        public Task SweepAsync(DateTimeOffset deadline, CancellationToken cancellationToken) => throw new InvalidOperationException("no remediation here");

        public IDisposable BeginBatch() => throw new InvalidOperationException("no remediation here");
    }

    /// <summary>Advances <paramref name="clock"/> by <paramref name="cost"/> for every request sent.</summary>
    private sealed class CostPerRequest(SteppingClock clock, TimeSpan cost) : DelegatingHandler(new HttpClientHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            clock.Advance(cost);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
