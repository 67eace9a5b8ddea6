using System.Collections.Immutable;

namespace BatchProvider.Domain.Expansion;

/// <summary>What expanding one item needs to know about its stack.</summary>
/// <param name="StackName">The BatchStack's <c>Name</c>.</param>
/// <param name="StackTags">Tags every resource carries, ownership tags excluded (they are added per resource).</param>
public sealed record ExpansionContext(string StackName, ImmutableSortedDictionary<string, string> StackTags);
