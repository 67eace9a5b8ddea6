using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>What a Fargate job needs and may not have (API; user guide "Fargate" page; A.5 matrix).</summary>
internal static class FargateRules
{
    internal static void Validate(ContainerJobDefinition job, DiagnosticBag d)
    {
        var c = job.Container;
        if (c.ExecutionRole is null)
            d.Error(job.Path.Property("ExecutionRole"), DiagnosticCodes.FargateExecutionRoleMissing, JobDefinitionMessages.FargateExecutionRoleMissing);

        if (c.Gpus is > 0) NotOnFargate(c.Path.Property("Gpus"), "Gpus");
        if (c.Privileged == true) NotOnFargate(c.Path.Property("Privileged"), "Privileged");
        if (!c.Ulimits.IsEmpty) NotOnFargate(c.Path.Property("Ulimits"), "Ulimits");
        if (c.InstanceType is not null) NotOnFargate(c.Path.Property("InstanceType"), "InstanceType");
        foreach (var v in c.Volumes.Where(v => v.HostPath is not null))
            NotOnFargate(v.Path.Property("HostPath"), "A HostPath volume");
        if (c.LinuxParameters is { } lp)
        {
            if (!lp.Devices.IsEmpty) NotOnFargate(lp.Path.Property("Devices"), "Devices");
            if (lp.MaxSwapMiB is not null) NotOnFargate(lp.Path.Property("MaxSwap"), "MaxSwap");
            if (lp.SharedMemoryMiB is not null) NotOnFargate(lp.Path.Property("SharedMemory"), "SharedMemory");
            if (lp.Swappiness is not null) NotOnFargate(lp.Path.Property("Swappiness"), "Swappiness");
            if (!lp.Tmpfs.IsEmpty) NotOnFargate(lp.Path.Property("Tmpfs"), "Tmpfs");
        }
        if (c.LogConfiguration is { Driver: { } driver } log && !LogConfiguration.FargateDrivers.Contains(driver))
            d.Error(log.Path.Property("Driver"), DiagnosticCodes.FargateLogDriver, JobDefinitionMessages.FargateLogDriver(driver));

        if (job.Fargate.EphemeralStorageGiB is { } gib and (< 21 or > 200))
            d.Error(job.Path.Property("EphemeralStorage"), DiagnosticCodes.EphemeralStorageOutOfRange, JobDefinitionMessages.EphemeralStorageOutOfRange(gib));

        CheckMatrix(c, d);

        void NotOnFargate(PropertyPath path, string property) =>
            d.Error(path, DiagnosticCodes.NotOnFargate, JobDefinitionMessages.NotOnFargate(property));
    }

    private static void CheckMatrix(ContainerSpec c, DiagnosticBag d)
    {
        if (c.Vcpus is not { } vcpus || c.MemoryMiB is not { } memory) return;
        var valid = FargateResources.MemoryFor(vcpus);
        if (valid.IsEmpty)
            d.Error(c.Path.Property("Vcpus"), DiagnosticCodes.FargateResourceCombination, JobDefinitionMessages.FargateVcpusNotValid(vcpus, FargateResources.Matrix.Keys));
        else if (!valid.Contains(memory))
            d.Error(c.Path.Property("Memory"), DiagnosticCodes.FargateResourceCombination, JobDefinitionMessages.FargateMemoryNotValid(vcpus, memory, valid));
    }
}
