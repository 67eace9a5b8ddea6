using BatchProvider.Lambda.Continuation;

namespace BatchProvider.Lambda.CustomResource;

/// <summary>What one pass over a request decided: answer CloudFormation now, or come back later.</summary>
public abstract record ProviderOutcome
{
    private ProviderOutcome()
    {
    }

    /// <summary>The request is finished: send this answer.</summary>
    public sealed record Answer(CustomResourceResponse Response) : ProviderOutcome;

    /// <summary>The request is not finished: persist this and continue in a later invocation.</summary>
    public sealed record Continue(ContinuationMessage Next) : ProviderOutcome;
}
