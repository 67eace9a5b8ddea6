namespace BatchProvider.Domain.Planning;

/// <summary>Stable codes of the diagnostics the planner reports (BS059x, within the stack-wide BS05xx range).</summary>
public static class PlanDiagnosticCodes
{
    /// <summary>A resource the stack would use by name exists without the stack's ownership tag (error).</summary>
    public const string ForeignNameCollision = "BS0590";

    /// <summary>An owned compute environment is INVALID and is replaced (warning).</summary>
    public const string InvalidComputeEnvironmentReplaced = "BS0591";

    /// <summary>An owned job queue is INVALID and is replaced (warning).</summary>
    public const string InvalidJobQueueReplaced = "BS0592";

    /// <summary>The plan would create a compute environment that Batch refuses to create (e.g. on a retired AL2 AMI; error).</summary>
    public const string CreationRefused = "BS0593";
}

/// <summary>Message templates of <see cref="PlanDiagnosticCodes"/>, in one catalog.</summary>
public static class PlanMessages
{
    /// <summary>{0} family text, {1} name, {2} ARN, {3} tag key, {4} stack name, {5} owner text.</summary>
    public const string ForeignNameCollision =
        "{0} '{1}' ({2}) already exists and is not owned by this stack: it lacks the tag {3}={4}{5}. BatchStack never adopts or changes resources it does not own; delete or rename that resource, or give this stack another Name.";

    /// <summary>{0} name, {1} status reason, {2} replacement name.</summary>
    public const string InvalidComputeEnvironmentReplaced =
        "compute environment '{0}' is INVALID ({1}); it is replaced by '{2}', and the INVALID one is deleted once no queue uses it.";

    /// <summary>{0} name, {1} status reason, {2} replacement name.</summary>
    public const string InvalidJobQueueReplaced =
        "job queue '{0}' is INVALID ({1}); it is replaced by '{2}'.";

    /// <summary>{0} name of the compute environment the plan would create, {1} the reason Batch refuses it and what would be valid.</summary>
    public const string CreationRefused =
        "this plan creates compute environment '{0}', but {1}. An existing compute environment may keep it; a new one may not.";
}
