namespace BatchProvider.Domain.Catalog;

/// <summary>
/// What Batch can place on one EC2 instance type: its vCPUs, memory and GPUs as EC2 publishes them. The memory is the
/// whole RAM of the instance; Batch reserves part of it for the ECS agent and the OS, so a job asking for all of it
/// never leaves RUNNABLE.
/// </summary>
/// <param name="Name">The instance type, e.g. <c>m6i.2xlarge</c>.</param>
/// <param name="Family">The part before the dot, e.g. <c>m6i</c>.</param>
/// <param name="Vcpus">vCPUs of the instance.</param>
/// <param name="MemoryMiB">RAM of the instance in MiB (GiB × 1024).</param>
/// <param name="Gpus">NVIDIA GPUs (Inferentia and Trainium accelerators are not GPUs for Batch and count 0).</param>
/// <param name="Architecture">CPU architecture.</param>
public sealed record InstanceTypeInfo(string Name, string Family, int Vcpus, long MemoryMiB, int Gpus, CpuArchitecture Architecture)
{
    /// <summary>The size part after the dot, e.g. <c>2xlarge</c>.</summary>
    public string Size => Name[(Name.IndexOf('.', StringComparison.Ordinal) + 1)..];

    /// <summary>
    /// The memory a job can actually get: <see cref="MemoryMiB"/> × <see cref="InstanceTypes.UsableMemoryShare"/>,
    /// because the ECS agent and the OS keep the rest.
    /// </summary>
    public long UsableMemoryMiB => (long)(MemoryMiB * InstanceTypes.UsableMemoryShare);

    /// <summary>True when one job asking for these resources can be placed on an empty instance of this type.</summary>
    public bool CanRun(decimal vcpus, long memoryMiB, long gpus) => vcpus <= Vcpus && memoryMiB <= UsableMemoryMiB && gpus <= Gpus;
}
