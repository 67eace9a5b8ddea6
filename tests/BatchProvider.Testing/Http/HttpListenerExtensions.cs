using System.Net;
using System.Text;

namespace BatchProvider.Testing.Http;

/// <summary>Reading and answering <see cref="HttpListener"/> requests in one line each.</summary>
public static class HttpListenerExtensions
{
    /// <summary>The request body as bytes.</summary>
    public static async Task<byte[]> ReadBodyAsync(this HttpListenerRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.InputStream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>Answers with <paramref name="status"/> and a UTF-8 body, then closes the response.</summary>
    public static async Task AnswerAsync(this HttpListenerResponse response, int status, string body = "", string contentType = "application/json",
        IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        response.StatusCode = status;
        foreach (var (name, value) in headers ?? []) response.Headers[name] = value;
        var bytes = Encoding.UTF8.GetBytes(body);
        if (bytes.Length > 0) response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }
}
