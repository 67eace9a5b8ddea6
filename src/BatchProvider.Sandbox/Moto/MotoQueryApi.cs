using System.Xml.Linq;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.Http;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Aws.Signing;

namespace BatchProvider.Sandbox.Moto;

/// <summary>
/// Minimal signed AWS Query-protocol calls (form-encoded <c>Action=...&amp;Version=...</c>, XML answers) for seeding
/// EC2 and IAM in moto. Goes through the production transport and signer, so moto (which routes a request to a
/// service by the credential scope of its signature) sees exactly what AWS would.
/// </summary>
public sealed class MotoQueryApi(Uri endpoint, string region, AwsCredentials credentials)
{
    private readonly Dictionary<string, AwsTransport> _transports = [];

    /// <summary>The region the calls are signed for.</summary>
    public string Region => region;

    /// <summary>Calls <paramref name="action"/> of <paramref name="signingName"/> and returns the XML answer.</summary>
    public async Task<XDocument> CallAsync(string signingName, string version, string action, IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken = default)
    {
        if (!_transports.TryGetValue(signingName, out var transport))
        {
            _transports[signingName] = transport = new AwsTransport(new AwsClientOptions(new ServiceEndpoint(endpoint, region, signingName), new StaticCredentialsProvider(credentials))
            {
                Retry = new AwsRetryOptions { MaxAttempts = 1 },
            });
        }

        var form = AwsUriEncoding.Query(new[] { KeyValuePair.Create("Action", action), KeyValuePair.Create("Version", version) }.Concat(parameters));
        var response = await transport.SendAsync(
            new AwsRequest(action, HttpMethod.Post, "/", "", System.Text.Encoding.UTF8.GetBytes(form), "application/x-www-form-urlencoded; charset=utf-8"),
            new AwsCallState(action, OperationSafety.Idempotent), cancellationToken);
        return XDocument.Parse(System.Text.Encoding.UTF8.GetString(response.Body));
    }

    /// <summary>The text of the first element named <paramref name="localName"/> (any namespace).</summary>
    public static string Value(XDocument document, string localName) =>
        document.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value
        ?? throw new InvalidOperationException($"No <{localName}> in moto's answer: {document}");
}
