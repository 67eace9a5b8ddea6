using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Validation.ComputeEnvironments;

namespace BatchProvider.Domain.Tests.Validation.ComputeEnvironments;

public class ComputeEnvironmentMessagesTests
{
    public static TheoryData<string, string> Rows => new()
    {
        { ComputeEnvironmentMessages.MinvCpusAboveMax(512, 256), "MinvCpus is 512, greater than MaxvCpus (256); use a value from 0 to 256." },
        { ComputeEnvironmentMessages.VcpusNegative("UnmanagedvCpus", -4), "UnmanagedvCpus is -4; use 0 or more." },
        { ComputeEnvironmentMessages.BestFitOnEks(spot: true), "AllocationStrategy is BEST_FIT, which a ManagedEks compute environment does not support; use SPOT_PRICE_CAPACITY_OPTIMIZED." },
        { ComputeEnvironmentMessages.BestFitOnEks(spot: false), "AllocationStrategy is BEST_FIT, which a ManagedEks compute environment does not support; use BEST_FIT_PROGRESSIVE." },
        { ComputeEnvironmentMessages.Al2Retiring("ECS_AL2_NVIDIA"), "Type is ECS_AL2_NVIDIA: Batch stops creating ECS compute environments on Batch-provided AL2 AMIs from 2026-06-30; use ECS_AL2023_NVIDIA." },
        { ComputeEnvironmentMessages.InstanceRoleIsRole("arn:aws:iam::123456789012:role/ecs"), "InstanceRole is the IAM role ARN arn:aws:iam::123456789012:role/ecs; give the instance profile instead (arn:aws:iam::123456789012:instance-profile/ecs if it has the same name)." },
        { ComputeEnvironmentMessages.MixedArchitectures("InstanceTypes", "arm64", "m6g", "x86_64", "optimal", optimal: true), "InstanceTypes mixes arm64 (m6g) with x86_64 (optimal); all instance types of a compute environment must share one CPU architecture (optimal means x86_64 instances; set UseOptimalInstanceClasses: false for Graviton)." },
        { ComputeEnvironmentMessages.OverrideTargetOverlap("c5.large", "c5", PropertyPath.Root.Property("Overrides").Index(0)), "TargetInstanceTypes entry c5.large overlaps c5 at Overrides[0]; each instance type may be targeted once." },
        { ComputeEnvironmentMessages.JobExecutionTimeout(30, 7200), "JobExecutionTimeout is 30s; use whole minutes from 1m to 7200m (5d)." },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Message_RendersItsValues(string rendered, string expected) => Assert.Equal(expected, rendered);
}
