namespace BatchProvider.Domain.Planning;

/// <summary>
/// Why a step exists. The reason explains and never decides: the applier must not branch on it (style rule 3).
/// </summary>
public enum StepReason
{
    /// <summary>Nothing to explain (no-op steps).</summary>
    None,

    /// <summary>The spec has the resource and Batch does not (first deployment, or a new item in the spec).</summary>
    NotFound,

    /// <summary>The spec asks for something other than what Batch reports, and the spec changed since the previous deployment (or no previous deployment is known).</summary>
    SpecChanged,

    /// <summary>Batch differs from a spec that did not change: someone changed or deleted the resource out of band; the plan repairs it.</summary>
    DriftDetected,

    /// <summary>A property that Batch cannot change in place differs; <see cref="Step.ForcedReplaceBy"/> lists which.</summary>
    PropertyNotUpdatable,

    /// <summary>Batch has an owned resource the spec no longer has (or an older generation left behind by a replacement).</summary>
    NotInSpec,

    /// <summary>Batch reports the resource INVALID; it is replaced and the status reason is in the step's <see cref="Step.Before"/>.</summary>
    Invalid,

    /// <summary>An older job-definition revision beyond the number of revisions to keep.</summary>
    Superseded,

    /// <summary>Batch reports the resource CREATING, UPDATING or DELETING; the step waits for it to settle.</summary>
    Busy,

    /// <summary>A resource this one references is replaced (or created), so this one is repointed to it.</summary>
    DependencyReplaced,
}
