using System.Collections.Concurrent;
using System.Diagnostics;
using BatchProvider.Testing.CloudFormation;
using BatchProvider.Testing.Runtime;

namespace BatchProvider.Lambda.Tests.Runtime;

/// <summary>
/// The published bootstrap running as Lambda runs it: one process under a <see cref="LambdaRuntimeApiServer"/>, with
/// only the environment a test gives it (no AWS_* variable of the machine leaks in). Each invocation gets
/// <see cref="Budget"/> until its deadline. The process's stderr (its JSON log lines) is kept for assertions and for
/// failure messages.
/// </summary>
internal sealed class NativeFunction : ICustomResourceFunction, IAsyncDisposable
{
    private static readonly string[] OwnVariables = ["AWS_", "CONTINUATION_QUEUE_URL", "RESPONSE_URL_ALLOWED_HOSTS", "BATCHSTACK_"];

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stderr = new();
    private readonly Func<Func<string, Task<string>>, Task<int>>? _continuations;

    /// <summary>Starts <paramref name="bootstrap"/> with <paramref name="environment"/> plus <c>AWS_LAMBDA_RUNTIME_API</c>.</summary>
    /// <param name="continuations">Delivers waiting continuations through the given invoke; null when the function has no queue.</param>
    public NativeFunction(string bootstrap, IReadOnlyDictionary<string, string> environment, Func<Func<string, Task<string>>, Task<int>>? continuations = null)
    {
        _continuations = continuations;
        var start = new ProcessStartInfo(bootstrap) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var name in start.Environment.Keys.Where(k => OwnVariables.Any(k.StartsWith)).ToList()) start.Environment.Remove(name);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.Environment["AWS_LAMBDA_RUNTIME_API"] = Api.Address;
        _process = new Process { StartInfo = start };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _stderr.Enqueue(e.Data); };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _stderr.Enqueue(e.Data); };
        _process.Start();
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public LambdaRuntimeApiServer Api { get; } = new();

    /// <summary>Time from each invocation's start to its deadline. The default is 5 minutes.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>What the process wrote, one line each.</summary>
    public IReadOnlyList<string> Log => [.. _stderr];

    /// <summary>Waits for the process to end by itself (a start-up failure); its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return _process.ExitCode;
    }

    /// <summary>Invokes the function and returns its response body; an invocation error or a dead process throws with its log.</summary>
    public async Task<string> InvokeRawAsync(string eventJson)
    {
        var answer = Api.InvokeAsync(eventJson, DateTimeOffset.UtcNow + Budget);
        var ended = await Task.WhenAny(answer, _process.WaitForExitAsync(), Task.Delay(Budget + TimeSpan.FromMinutes(1)));
        if (ended != answer)
            throw new InvalidOperationException((_process.HasExited ? $"the bootstrap exited with code {_process.ExitCode}" : $"the bootstrap did not answer within {Budget}")
                + $" instead of answering the invocation. Its log:\n{string.Join('\n', Log.TakeLast(30))}");
        var result = await answer;
        return result.Kind == RuntimeAnswerKind.Response
            ? result.Body
            : throw new InvalidOperationException($"the bootstrap reported an invocation error {result.Body}. Its log:\n{string.Join('\n', Log.TakeLast(30))}");
    }

    public Task InvokeAsync(string eventJson) => InvokeRawAsync(eventJson);

    public async Task<bool> ContinueAsync() => _continuations is not null && await _continuations(InvokeRawAsync) > 0;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        await Api.DisposeAsync();
    }
}
