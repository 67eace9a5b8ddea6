namespace BatchProvider.Lambda.Continuation;

/// <summary>What a request still has to do.</summary>
public enum ContinuationPhase
{
    /// <summary>Create or Update: make Batch match the properties, then answer SUCCESS.</summary>
    Deploy,

    /// <summary>Delete: remove what the physical id's Name owns, then answer SUCCESS.</summary>
    Destroy,

    /// <summary>
    /// A replacing Update (new Name) failed: remove what the new Name created, then answer FAILED with the old id,
    /// so CloudFormation's rollback to the old properties leaves nothing behind.
    /// </summary>
    Unwind,
}
