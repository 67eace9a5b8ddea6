namespace BatchProvider.Domain.Planning;

/// <summary>
/// What a step does to its resource, as a closed set (Terraform's <c>plans.Action</c>). Every step of one resource
/// change carries the change's action, so a replacement made of several finer steps shows the same action on each.
/// The two replacement orders are different actions because they fail differently: create-first can collide on a
/// name, delete-first causes downtime.
/// </summary>
public enum StepAction
{
    /// <summary>The resource already matches; the step's operation is <see cref="Operations.NoChange"/>.</summary>
    NoOp,

    /// <summary>The resource is created (or a job definition gets its first revision).</summary>
    Create,

    /// <summary>The resource is changed in place (update, tag, untag, new job-definition revision).</summary>
    Update,

    /// <summary>A new generation is created and made live before the old one is removed (blue/green).</summary>
    ReplaceCreateFirst,

    /// <summary>
    /// The old resource is removed before its successor is created (downtime). The planner does not produce it today:
    /// every replacement it plans can take the next generation name and go create-first. It stays in the set so that
    /// a replacement that must reuse a name is expressible without hiding the order in a flag.
    /// </summary>
    ReplaceDeleteFirst,

    /// <summary>The resource is removed (deleted, or every ACTIVE revision deregistered).</summary>
    Delete,
}

/// <summary>Terraform-style helpers over <see cref="StepAction"/>.</summary>
public static class StepActionExtensions
{
    /// <summary>True for both replacement orders.</summary>
    public static bool IsReplace(this StepAction action) =>
        action is StepAction.ReplaceCreateFirst or StepAction.ReplaceDeleteFirst;
}
