namespace BatchProvider.Domain.Spec.ComputeEnvironments;

/// <summary>Kind <c>Unmanaged</c>: the user runs the instances; Batch only schedules.</summary>
public sealed record UnmanagedComputeEnvironmentSpec(string Id, Diagnostics.PropertyPath Path) : ComputeEnvironmentSpec(Id, Path)
{
    /// <inheritdoc />
    public override string Kind => ComputeEnvironmentKinds.Unmanaged;

    /// <summary>vCPUs reserved for fair-share scheduling. Default none.</summary>
    public int? UnmanagedvCpus { get; init; }
}
