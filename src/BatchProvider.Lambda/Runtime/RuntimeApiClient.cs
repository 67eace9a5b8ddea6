using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BatchProvider.Lambda.Runtime;

/// <summary>
/// <see cref="IRuntimeApiClient"/> over HTTP to <c>AWS_LAMBDA_RUNTIME_API</c> (<c>host:port</c>). The HttpClient must
/// have an infinite timeout: the next-invocation call blocks while the function is frozen, for as long as there is no event.
/// </summary>
public sealed class RuntimeApiClient(HttpClient http, string runtimeApi) : IRuntimeApiClient
{
    /// <summary>The environment variable holding the Runtime API's <c>host:port</c>.</summary>
    public const string Variable = "AWS_LAMBDA_RUNTIME_API";

    private readonly Uri _base = new($"http://{runtimeApi}/2018-06-01/runtime/");

    /// <inheritdoc />
    public async Task<InvocationRequest> GetNextInvocationAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(_base, "invocation/next"), cancellationToken);
        response.EnsureSuccessStatusCode();
        var requestId = Header(response, "Lambda-Runtime-Aws-Request-Id")
            ?? throw new InvalidOperationException("The Runtime API sent an invocation without Lambda-Runtime-Aws-Request-Id.");
        var deadline = long.TryParse(Header(response, "Lambda-Runtime-Deadline-Ms"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : throw new InvalidOperationException("The Runtime API sent an invocation without a valid Lambda-Runtime-Deadline-Ms.");
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new InvocationRequest(requestId, deadline, Header(response, "Lambda-Runtime-Invoked-Function-Arn"), body);
    }

    /// <inheritdoc />
    public Task SendResponseAsync(string requestId, InvocationResponse response, CancellationToken cancellationToken) =>
        PostAsync($"invocation/{Uri.EscapeDataString(requestId)}/response", response.Body, null, cancellationToken);

    /// <inheritdoc />
    public Task ReportInvocationErrorAsync(string requestId, RuntimeError error, CancellationToken cancellationToken) =>
        PostAsync($"invocation/{Uri.EscapeDataString(requestId)}/error", Json(error), error.ErrorType, cancellationToken);

    /// <inheritdoc />
    public Task ReportInitializationErrorAsync(RuntimeError error, CancellationToken cancellationToken) =>
        PostAsync("init/error", Json(error), error.ErrorType, cancellationToken);

    private async Task PostAsync(string path, string body, string? errorType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_base, path))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (errorType is not null) request.Headers.TryAddWithoutValidation("Lambda-Runtime-Function-Error-Type", errorType);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static string Json(RuntimeError error) => JsonSerializer.Serialize(error, RuntimeJsonContext.Default.RuntimeError);

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
