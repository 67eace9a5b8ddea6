using BatchProvider.Lambda.CustomResource;

namespace BatchProvider.Cli.Protocol;

/// <summary>
/// Where the CLI's answers go: kept in memory instead of PUT to S3, decoded from the very bytes the Lambda would PUT
/// (after <see cref="ResponseBody"/> made them fit 4,096 bytes), so the CLI reports what CloudFormation would read.
/// </summary>
internal sealed class CapturedResponseChannel : IResponseChannel
{
    /// <summary>The answer, once the handler gave one.</summary>
    public CustomResourceResponse? Answer { get; private set; }

    /// <inheritdoc />
    public Task PutAsync(Uri responseUrl, byte[] body, CancellationToken cancellationToken)
    {
        // The handler answers each request exactly once; a second answer would be a bug worth failing loudly on.
        if (Answer is not null) throw new InvalidOperationException($"A second answer was sent to {ResponseUrlRedaction.Redact(responseUrl)}.");
        Answer = ResponseBody.Decode(body);
        return Task.CompletedTask;
    }
}
