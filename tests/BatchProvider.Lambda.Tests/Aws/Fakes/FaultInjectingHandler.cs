using System.Net;
using System.Text;

namespace BatchProvider.Lambda.Tests.Aws.Fakes;

/// <summary>
/// A seeded, deterministic fault injector between a client and the real (moto) server. Each attempt draws one
/// <see cref="Fault"/> from the configured rates with a <see cref="Random"/> seeded at construction, or from an
/// explicit <see cref="Script"/> of faults consumed in order. Requests for which <see cref="AppliesTo"/> is false pass
/// untouched. Counts what it injected and what reached the server.
/// </summary>
public sealed class FaultInjectingHandler(int seed, TimeProvider? time = null, HttpMessageHandler? inner = null) : DelegatingHandler(inner ?? new HttpClientHandler())
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();
    private readonly Dictionary<Fault, int> _injected = [];
    private readonly Dictionary<string, int> _forwardedTo = [];
    private int _forwarded;

    /// <summary>Share of attempts answered with Batch's 429 TooManyRequestsException.</summary>
    public double ThrottleRate { get; init; }

    /// <summary>Share of attempts answered 500 or 503 (half each).</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>Share of attempts failing to connect.</summary>
    public double DropBeforeSendRate { get; init; }

    /// <summary>Share of attempts forwarded and then losing their answer.</summary>
    public double DropAfterSendRate { get; init; }

    /// <summary>Share of attempts delayed by <see cref="SlowDelay"/>.</summary>
    public double SlowRate { get; init; }

    /// <summary>The delay of a slow attempt. The default value is 1 minute.</summary>
    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Which requests may receive faults; all by default.</summary>
    public Func<HttpRequestMessage, bool> AppliesTo { get; init; } = _ => true;

    /// <summary>Faults to inject first, in order, before the rates apply.</summary>
    public Queue<Fault> Script { get; init; } = new();

    /// <summary>Requests that reached the server.</summary>
    public int Forwarded
    {
        get
        {
            lock (_gate)
            {
                return _forwarded;
            }
        }
    }

    /// <summary>Requests to <paramref name="path"/> (e.g. <c>/v1/describejobdefinitions</c>) that reached the server.</summary>
    public int ForwardedTo(string path)
    {
        lock (_gate)
        {
            return _forwardedTo.GetValueOrDefault(path);
        }
    }

    /// <summary>How many times <paramref name="fault"/> was injected.</summary>
    public int Injected(Fault fault)
    {
        lock (_gate)
        {
            return _injected.GetValueOrDefault(fault);
        }
    }

    /// <summary>Batch's throttling answer: 429 with x-amzn-ErrorType and a JSON body naming the code.</summary>
    public static HttpResponseMessage BatchThrottlingResponse() => Json(HttpStatusCode.TooManyRequests, "TooManyRequestsException", "Too Many Requests");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var fault = AppliesTo(request) ? Draw() : Fault.None;
        lock (_gate)
        {
            _injected[fault] = _injected.GetValueOrDefault(fault) + 1;
        }

        switch (fault)
        {
            case Fault.Throttle:
                return BatchThrottlingResponse();
            case Fault.ServerError:
                return Json(HttpStatusCode.InternalServerError, "ServerException", "Internal Server Error");
            case Fault.ServiceUnavailable:
                return Json(HttpStatusCode.ServiceUnavailable, "ServiceUnavailableException", "Service Unavailable");
            case Fault.DropBeforeSend:
                throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (injected)");
            case Fault.Slow:
                await Task.Delay(SlowDelay, time ?? TimeProvider.System, cancellationToken);
                break;
        }

        var response = await base.SendAsync(request, cancellationToken);
        lock (_gate)
        {
            _forwarded++;
            var path = request.RequestUri?.AbsolutePath ?? "";
            _forwardedTo[path] = _forwardedTo.GetValueOrDefault(path) + 1;
        }

        if (fault == Fault.DropAfterSend)
        {
            response.Dispose();
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely (injected)");
        }

        return response;
    }

    private Fault Draw()
    {
        lock (_gate)
        {
            if (Script.Count > 0)
            {
                return Script.Dequeue();
            }

            var roll = _random.NextDouble();
            foreach (var (rate, fault) in new[]
                     {
                         (ThrottleRate, Fault.Throttle), (ServerErrorRate / 2, Fault.ServerError), (ServerErrorRate / 2, Fault.ServiceUnavailable),
                         (DropBeforeSendRate, Fault.DropBeforeSend), (DropAfterSendRate, Fault.DropAfterSend), (SlowRate, Fault.Slow),
                     })
            {
                if (roll < rate)
                {
                    return fault;
                }

                roll -= rate;
            }

            return Fault.None;
        }
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string code, string message)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent($$"""{"__type":"{{code}}","message":"{{message}}"}""", Encoding.UTF8, "application/json"),
        };
        response.Headers.TryAddWithoutValidation("x-amzn-ErrorType", code);
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", $"injected-{Guid.NewGuid():N}");
        return response;
    }
}
