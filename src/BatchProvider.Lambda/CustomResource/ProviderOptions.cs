using BatchProvider.Lambda.Reconcile;

namespace BatchProvider.Lambda.CustomResource;

/// <summary>How the provider paces a request across invocations.</summary>
public sealed record ProviderOptions
{
    /// <summary>CloudFormation's default answer deadline when the resource sets no <c>ServiceTimeout</c>: 3,600 s.</summary>
    public static readonly TimeSpan DefaultServiceTimeout = TimeSpan.FromSeconds(3600);

    /// <summary>
    /// Time kept free before the invocation's deadline for answering or persisting the continuation (a PUT with
    /// retries, one SendMessage). The default is 20 s.
    /// </summary>
    public TimeSpan InvocationMargin { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long before CloudFormation's deadline the provider gives up and answers FAILED, so the answer still counts.
    /// The default is 60 s.
    /// </summary>
    public TimeSpan AnswerMargin { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>DelaySeconds of a continuation: a pause so a pass is not spent on resources still CREATING. The default is 5 s.</summary>
    public TimeSpan ContinuationDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Passes in a row that may end in an unexpected error before the request is answered FAILED. The default is 3.</summary>
    public int MaxErrors { get; init; } = 3;

    /// <summary>
    /// Deliveries of one continuation message after which it is poison (the function died on it each time) and the
    /// request is answered FAILED. The default is 5.
    /// </summary>
    public int MaxReceives { get; init; } = 5;

    /// <summary>How the reconciler applies within one pass.</summary>
    public ApplyOptions Apply { get; init; } = new();
}
