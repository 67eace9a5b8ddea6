using System.Net;
using System.Text;

namespace BatchProvider.Lambda.Tests.Handler;

/// <summary>
/// Sits between the Batch client and moto: counts the requests that reach Batch and refuses the operations named in
/// <see cref="Refuse"/> with Batch's 400 ClientException (not retryable), so a test can make an apply fail half-way;
/// <paramref name="onRequest"/> runs for each request (e.g. to charge it to a <c>SteppingClock</c>).
/// </summary>
internal sealed class BatchGate(Action? onRequest = null) : DelegatingHandler(new HttpClientHandler())
{
    private int _requests;

    /// <summary>Batch REST paths to refuse, e.g. <c>/v1/createjobqueue</c>.</summary>
    public HashSet<string> Refuse { get; } = [];

    /// <summary>Requests that reached (or were refused in place of) Batch.</summary>
    public int Requests => Volatile.Read(ref _requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        onRequest?.Invoke();
        if (!Refuse.Contains(request.RequestUri!.AbsolutePath)) return base.SendAsync(request, cancellationToken);
        var refused = new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent("""{"__type":"ClientException","message":"Refused by the test."}""", Encoding.UTF8, "application/json"),
        };
        refused.Headers.TryAddWithoutValidation("x-amzn-ErrorType", "ClientException");
        return Task.FromResult(refused);
    }
}
