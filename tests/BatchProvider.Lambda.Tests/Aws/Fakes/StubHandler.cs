using System.Net;
using System.Text;

namespace BatchProvider.Lambda.Tests.Aws.Fakes;

/// <summary>
/// Answers requests from a function (recorded AWS responses, pages) and remembers every request with its body.
/// For unit tests of serialization, paging and error mapping; integration behaviour is tested against moto.
/// </summary>
public sealed class StubHandler(Func<HttpRequestMessage, string, HttpResponseMessage> respond) : HttpMessageHandler
{
    private readonly Lock _gate = new();
    private readonly List<(HttpRequestMessage Request, string Body)> _requests = [];

    public IReadOnlyList<(HttpRequestMessage Request, string Body)> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Always the same answer.</summary>
    public static StubHandler Recorded(HttpStatusCode status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        new((_, _) => Response(status, body, headers));

    public static HttpResponseMessage Response(HttpStatusCode status, string body, IReadOnlyDictionary<string, string>? headers = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_gate)
        {
            _requests.Add((request, body));
        }

        return respond(request, body);
    }
}
