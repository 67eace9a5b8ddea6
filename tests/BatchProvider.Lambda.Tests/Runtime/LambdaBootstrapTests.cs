using System.Text.Json;
using System.Text.Json.Nodes;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Runtime;
using BatchProvider.Lambda.Tests.Aws.Fakes;
using BatchProvider.Testing.Runtime;

namespace BatchProvider.Lambda.Tests.Runtime;

/// <summary>
/// <see cref="LambdaBootstrap"/> and <see cref="RuntimeApiClient"/> against a Runtime API speaking Lambda's HTTP
/// protocol: every event gets exactly one answer on the right endpoint, in order, and a failing event never ends the loop.
/// </summary>
public sealed class LambdaBootstrapTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Deadline = DateTimeOffset.FromUnixTimeMilliseconds(1_796_212_800_123);
    private readonly LambdaRuntimeApiServer _api = new();
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    private RuntimeApiClient Client => new(_http, _api.Address);

    /// <summary>Echoes <c>{"n":...}</c> back, or throws when the event says <c>"fail":true</c>.</summary>
    private static Task<InvocationResponse> Echo(InvocationRequest request, CancellationToken cancellationToken)
    {
        var body = JsonNode.Parse(request.Body)!;
        if ((bool?)body["fail"] == true) throw new InvalidOperationException($"event {body["n"]} failed");
        return Task.FromResult(new InvocationResponse(new JsonObject { ["echo"] = body["n"]!.DeepClone() }.ToJsonString()));
    }

    public static TheoryData<string> Outcomes => new() { "ok ok ok", "ok fail ok", "fail fail ok", "fail" };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task RunAsync_AnswersEveryEventInOrder_AndAFailingEventDoesNotEndTheLoop(string outcomes)
    {
        var plan = outcomes.Split(' ').Select((o, n) => (N: n, Fail: o == "fail")).ToList();
        var invocations = plan.Select(e => RuntimeInvocation.Of(new JsonObject { ["n"] = e.N, ["fail"] = e.Fail }.ToJsonString(), Deadline)).ToList();
        var answers = invocations.Select(_api.Enqueue).ToList();
        using var stop = new CancellationTokenSource();
        var loop = new LambdaBootstrap(Client, Echo, NullLogSink.Instance).RunAsync(stop.Token);

        await Task.WhenAll(answers);
        // The loop went on after the last event: it is waiting for the next one, where cancellation ends it.
        await _api.WhenNextCalledAsync(plan.Count + 1);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);
        Assert.Equal(invocations.Select(i => i.RequestId), _api.Answers.Select(a => a.RequestId));
        foreach (var ((n, fail), answer) in plan.Zip(_api.Answers))
        {
            if (fail)
            {
                Assert.Equal((RuntimeAnswerKind.Error, "InvalidOperationException"), (answer.Kind, answer.ErrorType));
                Assert.Equal(("InvalidOperationException", $"event {n} failed"), answer.Error);
            }
            else
            {
                Assert.Equal((RuntimeAnswerKind.Response, $$"""{"echo":{{n}}}"""), (answer.Kind, answer.Body));
            }
        }
        Assert.Empty(_api.Rejected);
        Assert.Equal(plan.Count + 1, _api.NextCalls);
    }

    public static TheoryData<long, string?> Headers => new()
    {
        { 1_796_212_800_123, RuntimeInvocation.DefaultFunctionArn },
        { 1, "arn:aws:lambda:eu-west-1:210987654321:function:batchprovider:live" },
        { 4_102_444_800_000, "arn:aws-cn:lambda:cn-north-1:123456789012:function:x" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public async Task InvokeOnceAsync_HandsTheHandlerTheDeadlineHeaderAsItsBudget(long deadlineMs, string? functionArn)
    {
        var sent = RuntimeInvocation.Of("""{"n":1}""", DateTimeOffset.FromUnixTimeMilliseconds(deadlineMs)) with { FunctionArn = functionArn! };
        var answer = _api.Enqueue(sent);
        InvocationRequest? seen = null;

        await new LambdaBootstrap(Client, (request, token) => { seen = request; return Echo(request, token); }, NullLogSink.Instance).InvokeOnceAsync(CancellationToken.None);

        Assert.Equal(new InvocationRequest(sent.RequestId, DateTimeOffset.FromUnixTimeMilliseconds(deadlineMs), functionArn, sent.Body), seen);
        Assert.Equal(RuntimeAnswerKind.Response, (await answer).Kind);
    }

    public static TheoryData<Exception, string> InitFailures => new()
    {
        { new BatchProvider.Lambda.Aws.AwsConfigurationException("No AWS region: set AWS_REGION."), "AwsConfigurationException" },
        { new InvalidOperationException("wiring failed"), "InvalidOperationException" },
    };

    [Theory]
    [MemberData(nameof(InitFailures))]
    public async Task ReportInitializationErrorAsync_PostsTypeAndMessageToTheInitErrorEndpoint(Exception failure, string type)
    {
        var log = new RecordingLogSink();

        await LambdaBootstrap.ReportInitializationErrorAsync(Client, failure, log, CancellationToken.None);

        var (header, body) = Assert.Single(_api.InitErrors);
        Assert.Equal(type, header);
        Assert.Equal((type, failure.Message), RuntimeErrorBody.Read(body));
        Assert.Equal(failure.Message, Assert.Single(log.Named("runtime.init.error"))["message"]);
        Assert.Empty(_api.Answers);
    }

    [Fact]
    public async Task RunAsync_WritesJsonLogLinesThatCarryTheirInvocationsRequestId()
    {
        using var output = new StringWriter();
        var log = new RequestScopedLogSink(new JsonLinesLogSink(output, TimeProvider.System));
        var ok = RuntimeInvocation.Of("""{"n":0}""", Deadline);
        var failing = RuntimeInvocation.Of("""{"n":1,"fail":true}""", Deadline);
        var answers = new[] { _api.Enqueue(ok), _api.Enqueue(failing) };
        Task<InvocationResponse> Handler(InvocationRequest request, CancellationToken token)
        {
            log.Write(LogEvent.Of(LogLevel.Info, "handler.work", ("n", (int)JsonNode.Parse(request.Body)!["n"]!)));
            return Echo(request, token);
        }
        var bootstrap = new LambdaBootstrap(Client, Handler, log);

        await bootstrap.InvokeOnceAsync(CancellationToken.None);
        await bootstrap.InvokeOnceAsync(CancellationToken.None);
        await Task.WhenAll(answers);
        log.Write(LogEvent.Of(LogLevel.Info, "between.invocations"));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        string? RequestIdOf(JsonElement line) => line.TryGetProperty("requestId", out var id) ? id.GetString() : null;
        Assert.Equal(
            [("handler.work", ok.RequestId), ("handler.work", failing.RequestId), ("runtime.invocation.error", failing.RequestId), ("between.invocations", null)],
            lines.Select(l => (l.GetProperty("event").GetString()!, RequestIdOf(l))));
    }
}
