using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Threading.Channels;
using BatchProvider.Testing.Http;

namespace BatchProvider.Testing.Runtime;

/// <summary>
/// The Lambda Runtime API (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html) on a free loopback port,
/// for running a custom runtime against it: <c>GET /2018-06-01/runtime/invocation/next</c> blocks until a test queues an
/// event and answers it with the <c>Lambda-Runtime-*</c> headers; <c>POST .../invocation/{id}/response</c> and
/// <c>.../{id}/error</c> complete that invocation; <c>POST /2018-06-01/runtime/init/error</c> records a start-up failure.
/// As in Lambda, an answer for a request id that is not in flight (never handed out, or already answered) gets 400 and
/// is kept in <see cref="Rejected"/>, so a test can assert that every invocation got exactly one answer.
/// </summary>
public sealed class LambdaRuntimeApiServer : IAsyncDisposable
{
    private const string Root = "/2018-06-01/runtime/";

    private readonly Channel<RuntimeInvocation> _queued = Channel.CreateUnbounded<RuntimeInvocation>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RuntimeAnswer>> _waiting = new();
    private readonly ConcurrentDictionary<string, RuntimeInvocation> _inFlight = new();
    private readonly ConcurrentQueue<RuntimeAnswer> _answers = new();
    private readonly ConcurrentQueue<RuntimeAnswer> _rejected = new();
    private readonly ConcurrentQueue<(string? ErrorType, string Body)> _initErrors = new();
    private readonly LoopbackHttpServer _http;
    private readonly List<(int Count, TaskCompletionSource Reached)> _nextCallWaiters = [];
    private int _nextCalls;

    /// <summary>Starts the server.</summary>
    public LambdaRuntimeApiServer() => _http = LoopbackHttpServer.Start(HandleAsync);

    /// <summary>The value for <c>AWS_LAMBDA_RUNTIME_API</c>.</summary>
    public string Address => _http.Authority;

    /// <summary>Every accepted answer, in the order they arrived.</summary>
    public IReadOnlyList<RuntimeAnswer> Answers => [.. _answers];

    /// <summary>Answers refused because their request id was not in flight.</summary>
    public IReadOnlyList<RuntimeAnswer> Rejected => [.. _rejected];

    /// <summary>Every init error posted: the error-type header and the JSON body.</summary>
    public IReadOnlyList<(string? ErrorType, string Body)> InitErrors => [.. _initErrors];

    /// <summary>How many times the runtime asked for the next invocation.</summary>
    public int NextCalls => Volatile.Read(ref _nextCalls);

    /// <summary>Completes once the runtime has asked for the next invocation <paramref name="count"/> times (it is then blocked in that call).</summary>
    public Task WhenNextCalledAsync(int count)
    {
        lock (_nextCallWaiters)
        {
            if (_nextCalls >= count) return Task.CompletedTask;
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _nextCallWaiters.Add((count, reached));
            return reached.Task;
        }
    }

    /// <summary>Queues <paramref name="invocation"/>; the task completes with the runtime's answer to it.</summary>
    public Task<RuntimeAnswer> Enqueue(RuntimeInvocation invocation)
    {
        var answer = new TaskCompletionSource<RuntimeAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_waiting.TryAdd(invocation.RequestId, answer))
            throw new ArgumentException($"request id {invocation.RequestId} is already queued", nameof(invocation));
        _queued.Writer.TryWrite(invocation);
        return answer.Task;
    }

    /// <summary>Queues <paramref name="body"/> with a fresh request id due at <paramref name="deadline"/> and waits for the answer.</summary>
    public Task<RuntimeAnswer> InvokeAsync(string body, DateTimeOffset deadline) => Enqueue(RuntimeInvocation.Of(body, deadline));

    private async Task HandleAsync(HttpListenerContext context, CancellationToken stopping)
    {
        var (method, path) = (context.Request.HttpMethod, context.Request.Url!.AbsolutePath);
        if (!path.StartsWith(Root, StringComparison.Ordinal))
        {
            await context.Response.AnswerAsync(404, Error("NotFound", $"{path} is not a Runtime API path"));
            return;
        }

        var route = path[Root.Length..].Split('/');
        switch (method, route)
        {
            case ("GET", ["invocation", "next"]):
                await NextAsync(context.Response, stopping);
                break;
            case ("POST", ["invocation", var id, "response"]):
                await AnswerAsync(context, Uri.UnescapeDataString(id), RuntimeAnswerKind.Response, stopping);
                break;
            case ("POST", ["invocation", var id, "error"]):
                await AnswerAsync(context, Uri.UnescapeDataString(id), RuntimeAnswerKind.Error, stopping);
                break;
            case ("POST", ["init", "error"]):
                var body = Encoding.UTF8.GetString(await context.Request.ReadBodyAsync(stopping));
                _initErrors.Enqueue((context.Request.Headers["Lambda-Runtime-Function-Error-Type"], body));
                await context.Response.AnswerAsync(202, """{"status":"OK"}""");
                break;
            default:
                await context.Response.AnswerAsync(404, Error("NotFound", $"{method} {path} is not a Runtime API operation"));
                break;
        }
    }

    private async Task NextAsync(HttpListenerResponse response, CancellationToken stopping)
    {
        lock (_nextCallWaiters)
        {
            _nextCalls++;
            foreach (var waiter in _nextCallWaiters.Where(w => w.Count <= _nextCalls)) waiter.Reached.SetResult();
            _nextCallWaiters.RemoveAll(w => w.Count <= _nextCalls);
        }
        var invocation = await _queued.Reader.ReadAsync(stopping);
        _inFlight[invocation.RequestId] = invocation;
        await response.AnswerAsync(200, invocation.Body, headers:
        [
            KeyValuePair.Create("Lambda-Runtime-Aws-Request-Id", invocation.RequestId),
            KeyValuePair.Create("Lambda-Runtime-Deadline-Ms", invocation.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
            KeyValuePair.Create("Lambda-Runtime-Invoked-Function-Arn", invocation.FunctionArn),
            KeyValuePair.Create("Lambda-Runtime-Trace-Id", invocation.TraceId),
        ]);
    }

    private async Task AnswerAsync(HttpListenerContext context, string requestId, RuntimeAnswerKind kind, CancellationToken stopping)
    {
        var body = Encoding.UTF8.GetString(await context.Request.ReadBodyAsync(stopping));
        var answer = new RuntimeAnswer(requestId, kind, body, kind == RuntimeAnswerKind.Error ? context.Request.Headers["Lambda-Runtime-Function-Error-Type"] : null);
        if (!_inFlight.TryRemove(requestId, out _) || !_waiting.TryRemove(requestId, out var waiting))
        {
            _rejected.Enqueue(answer);
            await context.Response.AnswerAsync(400, Error("InvalidRequestID", $"request id {requestId} is not in flight"));
            return;
        }
        _answers.Enqueue(answer);
        await context.Response.AnswerAsync(202, """{"status":"OK"}""");
        waiting.SetResult(answer);
    }

    private static string Error(string type, string message) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["errorType"] = type, ["errorMessage"] = message });

    /// <summary>Stops the server; a runtime blocked on the next invocation sees its connection drop.</summary>
    public async ValueTask DisposeAsync()
    {
        _queued.Writer.TryComplete();
        await _http.DisposeAsync();
        foreach (var waiting in _waiting.Values) waiting.TrySetCanceled();
    }
}
