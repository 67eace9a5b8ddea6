using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Http;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Aws.Signing;
using BatchProvider.Lambda.Logging;

namespace BatchProvider.Lambda.Aws.Batch;

/// <summary>
/// <see cref="IBatchApi"/> over Batch's REST-JSON protocol: signed HTTP requests, source-generated JSON (unknown
/// response fields are ignored), nextToken pagination as async streams, and the client's retry pipeline.
/// Retry safety per operation is stated where each operation is implemented (partial files by resource).
/// </summary>
public sealed partial class BatchClient : IBatchApi
{
    private readonly AwsTransport _transport;
    private readonly ILogSink _log;

    /// <summary>Creates a client. Rate-limits to <see cref="AwsRetryOptions.BatchRequestsPerSecond"/> unless the options set a rate.</summary>
    public BatchClient(AwsClientOptions options)
    {
        _log = options.Log;
        _transport = new AwsTransport(options with
        {
            Retry = options.Retry.RequestsPerSecond is null ? options.Retry with { RequestsPerSecond = AwsRetryOptions.BatchRequestsPerSecond } : options.Retry,
        });
    }

    /// <summary>The transport, for tests that observe the retry quota.</summary>
    internal AwsTransport Transport => _transport;

    private Task<TResponse> CallAsync<TRequest, TResponse>(
        BatchOperation operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType,
        OperationSafety safety, CancellationToken cancellationToken) =>
        CallAsync(operation, request, requestType, responseType, new AwsCallState(operation.Name, safety), cancellationToken);

    private async Task<TResponse> CallAsync<TRequest, TResponse>(
        BatchOperation operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType,
        AwsCallState state, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        var response = await _transport.SendAsync(
            new AwsRequest(operation.Name, HttpMethod.Post, operation.RequestUri, "", body, "application/json"), state, cancellationToken)
            .ConfigureAwait(false);
        return Deserialize(response, responseType);
    }

    /// <summary>Follows nextToken until the service stops returning one.</summary>
    private async IAsyncEnumerable<TItem> PagesAsync<TRequest, TResponse, TItem>(
        BatchOperation operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType,
        Func<TRequest, string, TRequest> withNextToken, Func<TResponse, IReadOnlyList<TItem>?> items, Func<TResponse, string?> nextToken,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var current = request;
        while (true)
        {
            // Describe/list calls are read-only: every transient failure is retried.
            var page = await CallAsync(operation, current, requestType, responseType, OperationSafety.Idempotent, cancellationToken).ConfigureAwait(false);
            foreach (var item in items(page) ?? [])
            {
                yield return item;
            }

            if (nextToken(page) is not { Length: > 0 } token)
            {
                yield break;
            }

            current = withNextToken(current, token);
        }
    }

    /// <summary>Calls an operation whose resource ARN travels in the path (tags), e.g. <c>/v1/tags/{resourceArn}</c>.</summary>
    private async Task<TResponse> CallWithArnAsync<TResponse>(
        BatchOperation operation, string? resourceArn, string query, byte[]? body, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceArn);
        // The label is not greedy, so '/' and ':' in the ARN are encoded too (botocore percent_encode(safe='')).
        var path = operation.RequestUri.Replace("{resourceArn}", AwsUriEncoding.Encode(resourceArn), StringComparison.Ordinal);
        var response = await _transport.SendAsync(
            new AwsRequest(operation.Name, new HttpMethod(operation.Method), path, query, body, body is null ? null : "application/json"),
            new AwsCallState(operation.Name, OperationSafety.Idempotent), cancellationToken).ConfigureAwait(false);
        return Deserialize(response, responseType);
    }

    /// <summary>An empty body (some operations, and moto, answer 200 with none) reads as an empty object.</summary>
    private static TResponse Deserialize<TResponse>(AwsResponse response, JsonTypeInfo<TResponse> responseType) =>
        (response.Body.Length == 0 ? JsonSerializer.Deserialize("{}"u8, responseType) : JsonSerializer.Deserialize(response.Body, responseType))
        ?? throw new AwsServiceException("batch", "EmptyResponse", "The service answered with an empty or null body.", response.StatusCode, response.RequestId);
}
