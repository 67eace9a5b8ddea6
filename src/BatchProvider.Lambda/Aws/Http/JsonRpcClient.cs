using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BatchProvider.Lambda.Aws.Resilience;

namespace BatchProvider.Lambda.Aws.Http;

/// <summary>
/// The AWS JSON 1.0/1.1 protocols (SQS, EventBridge): <c>POST /</c>, the operation in <c>X-Amz-Target</c>
/// (<c>{targetPrefix}.{operation}</c>), the body in <c>application/x-amz-json-{version}</c>.
/// </summary>
public sealed class JsonRpcClient(AwsTransport transport, string targetPrefix, string jsonVersion)
{
    private readonly string _contentType = $"application/x-amz-json-{jsonVersion}";

    /// <summary>The transport, for tests that observe the retry quota.</summary>
    public AwsTransport Transport => transport;

    /// <summary>Calls <paramref name="operation"/>.</summary>
    public async Task<TResponse> CallAsync<TRequest, TResponse>(
        string operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType,
        OperationSafety safety, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        var response = await transport.SendAsync(
            new AwsRequest(operation, HttpMethod.Post, "/", "", body, _contentType, $"{targetPrefix}.{operation}"),
            new AwsCallState(operation, safety), cancellationToken).ConfigureAwait(false);
        // Operations without output answer with an empty body or "{}".
        return (response.Body.Length == 0 ? JsonSerializer.Deserialize("{}"u8, responseType) : JsonSerializer.Deserialize(response.Body, responseType))
            ?? throw new AwsServiceException(transport.Service, "EmptyResponse", "The service answered with a null body.", response.StatusCode, response.RequestId);
    }
}
