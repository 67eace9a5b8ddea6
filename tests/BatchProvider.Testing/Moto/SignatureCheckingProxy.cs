using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.Signing;

namespace BatchProvider.Testing.Moto;

/// <summary>
/// A loopback HTTP proxy in front of a real moto server that checks every request's SigV4 signature against one
/// expected key (recomputed with our signer from the request as received) and forwards it unchanged; moto answers.
/// A request with another key or a wrong signature gets a 403 and is recorded in <see cref="Failures"/>. It imitates
/// no AWS API: it only stands in for the signature check moto does not do.
/// </summary>
public sealed partial class SignatureCheckingProxy : IAsyncDisposable
{
    private static readonly HashSet<string> AddedBySigner = ["host", "x-amz-date", "x-amz-content-sha256", "x-amz-security-token"];
    private readonly HttpListener _listener = new();
    private readonly HttpClient _forward = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private readonly Uri _target;
    private readonly AwsCredentials _expected;
    private readonly Task _loop;
    private int _verified;

    private SignatureCheckingProxy(Uri target, AwsCredentials expected, int port)
    {
        _target = target;
        _expected = expected;
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The proxy's base URL.</summary>
    public Uri Endpoint { get; }

    /// <summary>Requests whose signature verified (and were forwarded).</summary>
    public int Verified => Volatile.Read(ref _verified);

    /// <summary>One line per refused request: what was wrong.</summary>
    public ConcurrentQueue<string> Failures { get; } = new();

    /// <summary>Starts a proxy to <paramref name="target"/> accepting only signatures made with <paramref name="expected"/>.</summary>
    public static SignatureCheckingProxy Start(Uri target, AwsCredentials expected)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new SignatureCheckingProxy(target, expected, port);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
            // Stopping the listener ends the pending accept.
        }
        _listener.Close();
        _forward.Dispose();
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var body = new MemoryStream();
        await request.InputStream.CopyToAsync(body);
        var bytes = body.ToArray();
        var problem = Check(request, bytes);
        if (problem is not null)
        {
            Failures.Enqueue($"{request.HttpMethod} {request.RawUrl}: {problem}");
            context.Response.StatusCode = 403;
            await context.Response.OutputStream.WriteAsync("""{"__type":"InvalidSignatureException","message":"signature check failed"}"""u8.ToArray());
            context.Response.Close();
            return;
        }
        Interlocked.Increment(ref _verified);

        using var forwarded = new HttpRequestMessage(new HttpMethod(request.HttpMethod), new Uri(_target, request.RawUrl));
        forwarded.Content = new ByteArrayContent(bytes);
        foreach (var name in request.Headers.AllKeys.OfType<string>())
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
            var value = request.Headers[name]!;
            if (!forwarded.Headers.TryAddWithoutValidation(name, value)) forwarded.Content.Headers.TryAddWithoutValidation(name, value);
        }
        using var answer = await _forward.SendAsync(forwarded);
        context.Response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, values) in answer.Headers.Concat(answer.Content.Headers))
        {
            if (name is "Transfer-Encoding" or "Content-Length" or "Connection" or "Server" or "Date") continue;
            context.Response.Headers[name] = string.Join(",", values);
        }
        var content = await answer.Content.ReadAsByteArrayAsync();
        context.Response.ContentLength64 = content.Length;
        await context.Response.OutputStream.WriteAsync(content);
        context.Response.Close();
    }

    /// <summary>Why the request's signature is not the expected key's, or null when it is.</summary>
    private string? Check(HttpListenerRequest request, byte[] body)
    {
        var authorization = request.Headers["Authorization"];
        if (authorization is null || AuthorizationHeader().Match(authorization) is not { Success: true } m) return $"no SigV4 Authorization header ({authorization ?? "none"})";
        if (m.Groups["key"].Value != _expected.AccessKeyId) return $"signed with access key {m.Groups["key"].Value}, not {_expected.AccessKeyId}";
        if ((request.Headers["X-Amz-Security-Token"] ?? _expected.SessionToken) != _expected.SessionToken) return "a session token the caller's credentials do not have";
        if (!DateTimeOffset.TryParseExact(request.Headers["X-Amz-Date"], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            return "no X-Amz-Date";
        var signed = m.Groups["headers"].Value.Split(';');
        var headers = signed.Where(h => !AddedBySigner.Contains(h)).Select(h => KeyValuePair.Create(h, request.Headers[h] ?? "")).ToList();
        var rawUrl = request.RawUrl ?? "/";
        var query = rawUrl.IndexOf('?', StringComparison.Ordinal);
        var signing = new SigningRequest(request.HttpMethod, request.Headers["Host"] ?? "", query < 0 ? rawUrl : rawUrl[..query], query < 0 ? "" : rawUrl[(query + 1)..], headers, body);
        var recomputed = SigV4Signer.Sign(signing, _expected, m.Groups["region"].Value, m.Groups["service"].Value, at);
        var expectedHeaders = string.Join(';', signed.Order(StringComparer.Ordinal));
        if (!recomputed.HeadersToAdd.Any(h => h.Key == "Authorization" && h.Value.Contains($"SignedHeaders={expectedHeaders},", StringComparison.Ordinal)))
            return $"signed headers {m.Groups["headers"].Value} differ from what the request carries";
        return recomputed.Signature == m.Groups["signature"].Value ? null : "signature does not match the caller's secret key";
    }

    [GeneratedRegex(@"^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/(?<date>\d{8})/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request, ?SignedHeaders=(?<headers>[^,]+), ?Signature=(?<signature>[0-9a-f]{64})$")]
    private static partial Regex AuthorizationHeader();
}
