namespace BatchProvider.Domain.Planning;

/// <summary>What a wait step polls for (Batch ships no waiters; the applier polls Describe*).</summary>
public enum WaitTarget
{
    /// <summary>
    /// Status VALID. CREATING and UPDATING keep polling; INVALID (or the resource missing) fails the step with Batch's
    /// statusReason. The resource's <c>state</c> (ENABLED/DISABLED) is irrelevant to the wait.
    /// </summary>
    Valid,

    /// <summary>
    /// Status no longer CREATING or UPDATING: VALID and INVALID both end the wait (used after disabling a resource
    /// that is about to be deleted, which may well be INVALID). A missing resource also ends it.
    /// </summary>
    Settled,

    /// <summary>Describe no longer returns the resource, or returns it with status DELETED. DELETING keeps polling.</summary>
    Gone,
}
