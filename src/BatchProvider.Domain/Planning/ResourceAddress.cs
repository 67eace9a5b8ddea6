namespace BatchProvider.Domain.Planning;

/// <summary>
/// The resource a step acts on: its family, its spec <c>Id</c> and the concrete Batch name (which for a replacement
/// is the generation the step touches, e.g. <c>research-gpu-g2</c>).
/// </summary>
public sealed record ResourceAddress(ResourceFamily Family, string Id, string Name)
{
    /// <summary>Renders as <c>ComputeEnvironment gpu (research-gpu-g2)</c>.</summary>
    public override string ToString() => $"{Family} {Id} ({Name})";
}
