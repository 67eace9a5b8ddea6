using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Catalog;

namespace BatchProvider.Domain.Remediation;

/// <summary>
/// BatchProvider's own checks of why a job cannot leave RUNNABLE, from its queue's compute environments and its needs
/// (runnable-and-cfn.md 1.3, causes 1, 2, 4, 5, 6, 7, 9, 11, 14). Each check fires only when it holds for every CE that
/// could run the job, since one CE that fits is enough for Batch.
/// </summary>
internal static class ComputeEnvironmentChecks
{
    /// <summary>A Spot bid at or below this percentage of On-Demand is reported as low (AWS recommends leaving it empty, i.e. 100 %).</summary>
    internal const int LowSpotBidPercentage = 50;

    /// <summary>What the checks found, most certain first, and whether any check had to be skipped for lack of data.</summary>
    internal static (ImmutableArray<Finding> Findings, bool Incomplete) Run(JobDemand job, ImmutableArray<ComputeEnvironmentDetail> ces)
    {
        var found = ImmutableArray.CreateBuilder<Finding>();
        if (ces.IsEmpty) return ([], true);
        var enabled = ces.Where(c => c.State == "ENABLED").ToList();
        if (enabled.Count == 0)
        {
            found.Add(new(StuckCause.ComputeEnvironmentsDisabled, $"every compute environment is DISABLED ({Names(ces)})", true));
            return (found.ToImmutable(), false);
        }
        var usable = enabled.Where(c => c.Status != "INVALID").ToList();
        if (usable.Count == 0)
        {
            found.Add(new(StuckCause.ComputeEnvironmentsInvalid,
                "every enabled compute environment is INVALID: " + string.Join("; ", enabled.Select(c => $"{c.ComputeEnvironmentName}: {c.StatusReason ?? "no statusReason"}")), true));
            return (found.ToImmutable(), false);
        }

        var incomplete = false;
        var fargate = usable.Where(IsFargate).ToList();
        var ec2 = usable.Where(c => !IsFargate(c)).ToList();
        var eks = usable.Where(c => c.EksConfiguration is not null).ToList();
        switch (job.Runs)
        {
            case JobRuntime.Fargate when fargate.Count == 0:
                found.Add(new(StuckCause.PlatformMismatch, $"the job's platformCapabilities is FARGATE but no compute environment is FARGATE or FARGATE_SPOT ({Names(usable)})", false));
                break;
            case JobRuntime.Ec2 when ec2.Count == 0 || ec2.All(c => c.EksConfiguration is not null):
                found.Add(new(StuckCause.PlatformMismatch, $"the job is an ECS job on EC2 but the compute environments are all {(ec2.Count == 0 ? "Fargate" : "EKS")} ({Names(usable)})", false));
                break;
            case JobRuntime.Eks when eks.Count == 0:
                found.Add(new(StuckCause.PlatformMismatch, $"the job is an EKS job but no compute environment has an eksConfiguration ({Names(usable)})", false));
                break;
        }
        if (job.Runs == JobRuntime.Fargate && fargate.Count > 0 && fargate.All(c => c.ComputeResources?.Type == "FARGATE_SPOT")
            && (job.CpuArchitecture == "ARM64" || job.OperatingSystem?.StartsWith("WINDOWS", StringComparison.Ordinal) == true))
            found.Add(new(StuckCause.ArchitectureMismatch, $"runtimePlatform is {job.OperatingSystem ?? "LINUX"}/{job.CpuArchitecture ?? "X86_64"}, which FARGATE_SPOT does not run, and every Fargate compute environment is FARGATE_SPOT", false));
        if (job.IsMultiNode && usable.All(c => c.ComputeResources?.Type is "SPOT" or "FARGATE" or "FARGATE_SPOT"))
            found.Add(new(StuckCause.MultiNodeUnsupported, $"a multi-node parallel job, but every compute environment is Spot or Fargate ({Types(usable)})", false));

        var placeable = job.Runs == JobRuntime.Fargate ? fargate : ec2;
        if (job.Gpus > 0 && job.Runs != JobRuntime.Fargate)
        {
            var gpuCes = ec2.Where(c => CanLaunchGpu(c) != false).ToList();
            if (gpuCes.Count == 0)
                found.Add(new(StuckCause.GpuUnavailable, $"the job asks for {job.Gpus} GPU but no compute environment has GPU instance types or a GPU image ({Names(ec2.Count == 0 ? usable : ec2)})", false));
            else if (ec2.Any(c => CanLaunchGpu(c) is null)) incomplete = true;
        }
        else if (job.Gpus > 0)
        {
            found.Add(new(StuckCause.GpuUnavailable, $"the job asks for {job.Gpus} GPU but Fargate offers no GPUs", false));
        }

        var maxes = placeable.Select(c => c.ComputeResources?.MaxvCpus).ToList();
        if (job.Vcpus > 0 && maxes.Count > 0 && maxes.All(m => m is not null) && job.Vcpus > maxes.Max()!.Value)
            found.Add(new(StuckCause.ComputeEnvironmentMaxResource, $"the job needs {job.Vcpus} vCPU; the largest maxvCpus is {maxes.Max()}", false));

        if (job.Runs != JobRuntime.Fargate && ec2.Count > 0 && (job.Vcpus > 0 || job.MemoryMiB > 0))
        {
            var types = ec2.Select(c => InstanceTypes.ResolveAll(c.ComputeResources?.InstanceTypes)).ToList();
            if (types.All(t => t is not null))
            {
                var all = types.SelectMany(t => t!.Value).ToList();
                if (!all.Any(t => t.CanRun(job.Vcpus, job.MemoryMiB, job.Gpus)))
                {
                    var largest = all.MaxBy(t => t.UsableMemoryMiB)!;
                    found.Add(new(StuckCause.JobResourceRequirement,
                        $"no allowed instance type holds {job.Vcpus} vCPU, {job.MemoryMiB} MiB, {job.Gpus} GPU (the largest by memory, {largest.Name}, offers {largest.Vcpus} vCPU and {largest.UsableMemoryMiB} MiB after the ECS reservation)", false));
                }
            }
            else incomplete = true;
        }

        if (ec2.Count > 0 && ec2.All(c => c.ComputeResources?.InstanceRole?.Contains(":role/", StringComparison.Ordinal) == true))
            found.Add(new(StuckCause.InstanceRoleIsRole, $"instanceRole is an IAM role ARN ({ec2[0].ComputeResources!.InstanceRole}); Batch needs an instance profile (…:instance-profile/…)", true));
        if (ec2.Count > 0 && ec2.All(c => c.ComputeResources is { Type: "SPOT", BidPercentage: <= LowSpotBidPercentage }))
            found.Add(new(StuckCause.LowSpotBid, $"every EC2 compute environment is SPOT with bidPercentage at most {LowSpotBidPercentage} ({string.Join(", ", ec2.Select(c => $"{c.ComputeEnvironmentName}: {c.ComputeResources!.BidPercentage}%"))})", true));
        return (found.ToImmutable(), incomplete);
    }

    private static bool IsFargate(ComputeEnvironmentDetail ce) => ce.ComputeResources?.Type is "FARGATE" or "FARGATE_SPOT";

    // False when the CE certainly cannot launch a GPU instance, true when it can, null when the catalog cannot tell.
    private static bool? CanLaunchGpu(ComputeEnvironmentDetail ce)
    {
        if (ce.ComputeResources?.Ec2Configuration is { Count: > 0 } images && !images.Any(i => i.ImageType?.Contains("NVIDIA", StringComparison.Ordinal) == true || i.ImageIdOverride is not null))
            return false;
        return InstanceTypes.ResolveAll(ce.ComputeResources?.InstanceTypes) is { } types ? types.Any(t => t.Gpus > 0) : null;
    }

    private static string Names(IEnumerable<ComputeEnvironmentDetail> ces) => string.Join(", ", ces.Select(c => c.ComputeEnvironmentName));

    private static string Types(IEnumerable<ComputeEnvironmentDetail> ces) => string.Join(", ", ces.Select(c => $"{c.ComputeEnvironmentName}: {c.ComputeResources?.Type ?? c.Type}"));
}
