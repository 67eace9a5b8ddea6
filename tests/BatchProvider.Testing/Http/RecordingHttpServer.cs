using System.Collections.Concurrent;
using System.Net;

namespace BatchProvider.Testing.Http;

/// <summary>
/// An HTTP server on a free loopback port that records every request and answers each with the next status of a
/// script (then <see cref="DefaultStatus"/>): a stand-in for the presigned S3 URL a CloudFormation answer is PUT to.
/// </summary>
public sealed class RecordingHttpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<int> _script;
    private readonly LoopbackHttpServer _http;

    /// <summary>Starts the server; the first requests get <paramref name="statuses"/> in order.</summary>
    public RecordingHttpServer(params int[] statuses)
    {
        _script = new ConcurrentQueue<int>(statuses);
        _http = LoopbackHttpServer.Start(HandleAsync);
    }

    /// <summary>The status once the script has run out. The default is 200.</summary>
    public int DefaultStatus { get; init; } = 200;

    /// <summary><c>127.0.0.1:port</c>.</summary>
    public string Authority => _http.Authority;

    /// <summary><c>http://127.0.0.1:port/</c>.</summary>
    public Uri BaseUri => _http.BaseUri;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    private async Task HandleAsync(HttpListenerContext context, CancellationToken stopping)
    {
        var request = context.Request;
        var headers = request.Headers.AllKeys.OfType<string>()
            .ToDictionary(name => name, name => request.Headers[name] ?? "", StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new RecordedRequest(request.HttpMethod, request.Url!.PathAndQuery, headers, await request.ReadBodyAsync(stopping)));
        await context.Response.AnswerAsync(_script.TryDequeue(out var status) ? status : DefaultStatus, contentType: "application/xml");
    }

    /// <summary>Stops the server.</summary>
    public ValueTask DisposeAsync() => _http.DisposeAsync();
}
