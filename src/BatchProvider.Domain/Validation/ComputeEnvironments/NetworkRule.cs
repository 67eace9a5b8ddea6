using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// Managed environments need subnets (Fargate at most 16) and at most 5 security groups; Fargate needs at least
/// one security group. Lists holding an unresolved intrinsic are not counted.
/// </summary>
public sealed class NetworkRule : ComputeEnvironmentRule
{
    /// <summary>Fargate's limit of subnets.</summary>
    public const int MaxFargateSubnets = 16;

    /// <summary>Batch's limit of security groups.</summary>
    public const int MaxSecurityGroups = 5;

    /// <inheritdoc />
    protected override void Check(ComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, RuleContext context, DiagnosticBag diagnostics)
    {
        var (subnets, groups) = spec switch
        {
            InstanceComputeEnvironmentSpec i => (i.Subnets, i.SecurityGroups),
            FargateComputeEnvironmentSpec f => (f.Subnets, f.SecurityGroups),
            _ => (null, null),
        };
        if (spec is UnmanagedComputeEnvironmentSpec) return;
        var fargate = spec is FargateComputeEnvironmentSpec;
        CheckIds(spec, "Subnets", subnets, "subnet-", context, diagnostics);
        CheckIds(spec, "SecurityGroups", groups, "sg-", context, diagnostics);

        if (subnets is null || subnets.Value.IsEmpty)
            diagnostics.Error(spec.PathOf("Subnets"), subnets is null ? DiagnosticCodes.RequiredPropertyMissing : DiagnosticCodes.CeSubnetCount,
                ComputeEnvironmentMessages.SubnetsRequired(Describe(spec)));
        else if (fargate && RuleContext.Known(subnets.Value) && subnets.Value.Length > MaxFargateSubnets)
            diagnostics.Error(spec.PathOf("Subnets"), DiagnosticCodes.CeSubnetCount, ComputeEnvironmentMessages.TooManyFargateSubnets(subnets.Value.Length, MaxFargateSubnets));

        if (fargate && (groups is null || groups.Value.IsEmpty))
            diagnostics.Error(spec.PathOf("SecurityGroups"), groups is null ? DiagnosticCodes.RequiredPropertyMissing : DiagnosticCodes.CeSecurityGroupCount,
                ComputeEnvironmentMessages.FargateSecurityGroupsRequired);
        else if (groups is { } g && RuleContext.Known(g) && g.Length > MaxSecurityGroups)
            diagnostics.Error(spec.PathOf("SecurityGroups"), DiagnosticCodes.CeSecurityGroupCount, ComputeEnvironmentMessages.TooManySecurityGroups(g.Length, MaxSecurityGroups));
        else if (groups is { IsEmpty: true })
            diagnostics.Error(spec.PathOf("SecurityGroups"), DiagnosticCodes.CeSecurityGroupCount, ComputeEnvironmentMessages.SecurityGroupsEmpty);
    }

    private static void CheckIds(ComputeEnvironmentSpec spec, string property, IReadOnlyList<string>? values, string prefix, RuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var (value, i) in (values ?? []).Select((v, i) => (v, i)))
        {
            if (!RuleContext.Known(value) || value.StartsWith(prefix, StringComparison.Ordinal)) continue;
            diagnostics.Error(context.ItemPath(spec.PathOf(property), i), DiagnosticCodes.CeNetworkId,
                ComputeEnvironmentMessages.NotANetworkId(property, value, prefix));
        }
    }

    private static string Describe(ComputeEnvironmentSpec spec) => Parsing.ComputeEnvironments.ComputeEnvironmentProperties.Describe(spec.Kind);
}
