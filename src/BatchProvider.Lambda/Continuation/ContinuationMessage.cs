using System.Text.Json.Serialization;
using BatchProvider.Lambda.CustomResource;

namespace BatchProvider.Lambda.Continuation;

/// <summary>
/// A request that is not finished, as persisted on the continuation queue: the original request (with its
/// ResponseURL, so the queue must be encrypted and private), the phase, the time by which CloudFormation must have its
/// answer, and how many passes it took so far. The next invocation observes Batch afresh; nothing else is carried.
/// </summary>
public sealed record ContinuationMessage
{
    /// <summary>The marker value of <see cref="Marker"/>: the handler recognises its own messages by it.</summary>
    public const int Version = 1;

    /// <summary>Always <see cref="Version"/>; the property name is the marker.</summary>
    [JsonPropertyName("BatchProviderContinuation")]
    public int Marker { get; init; } = Version;

    /// <summary>The request being worked on.</summary>
    public required CustomResourceRequest Request { get; init; }

    /// <summary>What is left to do.</summary>
    public required ContinuationPhase Phase { get; init; }

    /// <summary>The answer must be sent before this (first seen + ServiceTimeout, less a margin).</summary>
    public required DateTimeOffset AnswerBy { get; init; }

    /// <summary>Passes so far (1 after the first invocation).</summary>
    public int Passes { get; init; }

    /// <summary>Passes in a row that ended in an unexpected error; at <c>ProviderOptions.MaxErrors</c> the request is answered FAILED.</summary>
    public int Errors { get; init; }

    /// <summary>For <see cref="ContinuationPhase.Unwind"/>: the failure to report once unwound.</summary>
    public string? FailureReason { get; init; }
}
