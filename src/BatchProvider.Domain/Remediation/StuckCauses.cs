using System.Collections.Frozen;

namespace BatchProvider.Domain.Remediation;

/// <summary>The one wire mapping of <see cref="StuckCause"/>: log, metric and message names, and Batch's statusReason codes.</summary>
public static class StuckCauses
{
    private static readonly FrozenDictionary<string, StuckCause> BatchCodes = new Dictionary<string, StuckCause>(StringComparer.Ordinal)
    {
        ["CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY"] = StuckCause.InsufficientInstanceCapacity,
        ["MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE"] = StuckCause.ComputeEnvironmentMaxResource,
        ["MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT"] = StuckCause.JobResourceRequirement,
        ["MISCONFIGURATION:EC2_INSTANCE_CONFIGURATION_UNSUPPORTED"] = StuckCause.Ec2InstanceConfigurationUnsupported,
        ["MISCONFIGURATION:SERVICE_ROLE_PERMISSIONS"] = StuckCause.ServiceRolePermissions,
        ["ACTION_REQUIRED"] = StuckCause.ComputeEnvironmentsInvalid,
        ["UNDETERMINED"] = StuckCause.Undetermined,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The stable wire name, e.g. <c>COMPUTE_ENVIRONMENTS_DISABLED</c> (the EMF <c>Cause</c> dimension).</summary>
    public static string WireName(this StuckCause cause) => cause switch
    {
        StuckCause.InsufficientInstanceCapacity => "INSUFFICIENT_INSTANCE_CAPACITY",
        StuckCause.ComputeEnvironmentMaxResource => "COMPUTE_ENVIRONMENT_MAX_RESOURCE",
        StuckCause.JobResourceRequirement => "JOB_RESOURCE_REQUIREMENT",
        StuckCause.Ec2InstanceConfigurationUnsupported => "EC2_INSTANCE_CONFIGURATION_UNSUPPORTED",
        StuckCause.ServiceRolePermissions => "SERVICE_ROLE_PERMISSIONS",
        StuckCause.ComputeEnvironmentsInvalid => "COMPUTE_ENVIRONMENTS_INVALID",
        StuckCause.BatchReported => "BATCH_REPORTED",
        StuckCause.ComputeEnvironmentsDisabled => "COMPUTE_ENVIRONMENTS_DISABLED",
        StuckCause.GpuUnavailable => "GPU_UNAVAILABLE",
        StuckCause.MultiNodeUnsupported => "MULTI_NODE_UNSUPPORTED",
        StuckCause.PlatformMismatch => "PLATFORM_MISMATCH",
        StuckCause.ArchitectureMismatch => "ARCHITECTURE_MISMATCH",
        StuckCause.InstanceRoleIsRole => "INSTANCE_ROLE_IS_ROLE",
        StuckCause.LowSpotBid => "LOW_SPOT_BID",
        StuckCause.Undetermined => "UNDETERMINED",
        StuckCause.WaitingForCapacity => "WAITING_FOR_CAPACITY",
        _ => throw new ArgumentOutOfRangeException(nameof(cause)),
    };

    /// <summary>
    /// The code of a blocked-queue <c>statusReason</c>: the text before <c>" - "</c> (or the en-dash Batch's docs show
    /// for SERVICE_ROLE_PERMISSIONS), when it looks like a code (upper case, digits, '_' and ':'). Null for free text
    /// such as "Essential container in task exited".
    /// </summary>
    public static string? CodeOf(string? statusReason)
    {
        if (string.IsNullOrWhiteSpace(statusReason)) return null;
        var text = statusReason.Trim();
        var end = text.Length;
        foreach (var separator in (ReadOnlySpan<string>)[" - ", " – ", " — "])
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at >= 0 && at < end) end = at;
        }
        var code = text[..end].Trim();
        return code.Length > 0 && code.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or ':') && code.Any(char.IsLetter) && (BatchCodes.ContainsKey(code) || code.Contains(':') || code.Contains('_') || end < text.Length)
            ? code
            : null;
    }

    /// <summary>The cause Batch's <paramref name="code"/> names; <see cref="StuckCause.BatchReported"/> for a code this version does not know.</summary>
    public static StuckCause FromBatchCode(string code) => BatchCodes.GetValueOrDefault(code, StuckCause.BatchReported);
}
