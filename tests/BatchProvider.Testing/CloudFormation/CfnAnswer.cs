using System.Collections.Immutable;

namespace BatchProvider.Testing.CloudFormation;

/// <summary>The answer CloudFormation read for one request.</summary>
/// <param name="Status">SUCCESS or FAILED.</param>
/// <param name="Reason">The reason, when given.</param>
/// <param name="PhysicalResourceId">The physical id answered.</param>
/// <param name="Data">The Data map.</param>
/// <param name="Deliveries">How many answers were PUT (object versions); 1 unless the request was delivered twice.</param>
/// <param name="Bytes">Size of the (last) body.</param>
public sealed record CfnAnswer(string Status, string? Reason, string PhysicalResourceId, ImmutableSortedDictionary<string, string> Data, int Deliveries, int Bytes)
{
    /// <summary>True for SUCCESS.</summary>
    public bool Succeeded => Status == "SUCCESS";
}
