using System.Net;
using System.Net.Sockets;

namespace BatchProvider.Testing.Http;

/// <summary>
/// An <see cref="HttpListener"/> on a free 127.0.0.1 port that hands every request to one function, each on its own
/// task, so a request that blocks (a long poll) never holds up the others. A handler that throws answers 500.
/// Disposing stops the listener; requests still waiting are aborted.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Func<HttpListenerContext, CancellationToken, Task> _handle;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;

    private LoopbackHttpServer(HttpListener listener, int port, Func<HttpListenerContext, CancellationToken, Task> handle)
    {
        _listener = listener;
        _handle = handle;
        Port = port;
        _accepting = AcceptAsync();
    }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; }

    /// <summary><c>127.0.0.1:port</c>, the form <c>AWS_LAMBDA_RUNTIME_API</c> and <c>RESPONSE_URL_ALLOWED_HOSTS</c> take.</summary>
    public string Authority => $"127.0.0.1:{Port}";

    /// <summary><c>http://127.0.0.1:port/</c>.</summary>
    public Uri BaseUri => new($"http://{Authority}/");

    /// <summary>Starts listening; <paramref name="handle"/> gets a token that is cancelled when the server stops.</summary>
    public static LoopbackHttpServer Start(Func<HttpListenerContext, CancellationToken, Task> handle)
    {
        // Another process can take the free port between the probe and the bind; a few tries settle that race.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new LoopbackHttpServer(listener, port, handle);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    /// <summary>A loopback port nothing listens on at the moment of the call (for connection-refused cases too).</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptAsync()
    {
        var requests = new List<Task>();
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                break;
            }
            requests.RemoveAll(t => t.IsCompleted);
            requests.Add(Task.Run(() => ServeAsync(context)));
        }
        await Task.WhenAll(requests);
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        try
        {
            await _handle(context, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            context.Response.Abort();
        }
        catch (Exception)
        {
            try
            {
                context.Response.StatusCode = 500;
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                // The client has gone; nobody is left to tell.
            }
        }
    }

    /// <summary>Stops listening and waits for the requests in flight to end.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _accepting;
        _listener.Close();
        _stopping.Dispose();
    }
}
