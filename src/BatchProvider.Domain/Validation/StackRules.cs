using BatchProvider.Domain.Validation.ComputeEnvironments;
using BatchProvider.Domain.Validation.JobQueues;
using BatchProvider.Domain.Validation.SchedulingPolicies;
using BatchProvider.Domain.Validation.Stack;

namespace BatchProvider.Domain.Validation;

/// <summary>Every rule the pipeline runs, stack-wide first. Order does not change the result: diagnostics are sorted by input position.</summary>
public static class StackRules
{
    /// <summary>The rules.</summary>
    public static IReadOnlyList<IStackRule> All { get; } =
    [
        new StackNameRule(),
        new IdRules(),
        new RegionQuotaRule(),
        new TagRules(),
        new VcpuRule(),
        new AllocationStrategyRule(),
        new SpotRule(),
        new InstanceTypeRule(),
        new ImageRule(),
        new LaunchTemplateRule(),
        new NetworkRule(),
        new RoleRule(),
        new EksRule(),
        new UpdatePolicyRule(),
        new InPlaceUpdateRule(),
        new UnusedComputeEnvironmentRule(),
        new ComputeEnvironmentOrderRule(),
        new PlatformCompatibilityRule(),
        new PriorityRule(),
        new SharedComputeEnvironmentRule(),
        new TimeLimitActionRule(),
        new StuckJobsRule(),
        new SchedulingPolicyReferenceRule(),
        new ShareRule(),
        new UnusedSchedulingPolicyRule(),
    ];
}
