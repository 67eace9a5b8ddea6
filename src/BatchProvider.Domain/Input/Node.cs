using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Input;

/// <summary>
/// The user's properties as a neutral tree, whatever they came from (a CloudFormation event's JSON, a YAML
/// template, a JSON template). Every scalar is kept as text because that is how CloudFormation delivers it
/// (<c>14</c> arrives as <c>"14"</c>); typing happens in the parsers, which report failures as diagnostics.
/// Every node knows its own <see cref="PropertyPath"/>.
/// </summary>
public abstract record Node(PropertyPath Path)
{
    /// <summary>A short name of the node's shape for messages: "a string", "a list", "an object".</summary>
    public abstract string Describe();
}

/// <summary>A scalar: string, number or boolean, kept as its invariant text.</summary>
public sealed record ScalarNode(PropertyPath Path, string Value) : Node(Path)
{
    /// <inheritdoc />
    public override string Describe() => $"the value {Quoted.Value(Value)}";
}

/// <summary>A list, in order.</summary>
public sealed record ListNode(PropertyPath Path, ImmutableArray<Node> Items) : Node(Path)
{
    /// <inheritdoc />
    public override string Describe() => "a list";
}

/// <summary>An object; entries keep the template's order so diagnostics come out in reading order.</summary>
public sealed record MapNode(PropertyPath Path, ImmutableArray<KeyValuePair<string, Node>> Entries) : Node(Path)
{
    /// <inheritdoc />
    public override string Describe() => "an object";

    /// <summary>The entry called <paramref name="name"/> (case-sensitive, as CloudFormation is), or null.</summary>
    public Node? Get(string name)
    {
        foreach (var (key, value) in Entries)
        {
            if (key == name) return value;
        }
        return null;
    }
}

/// <summary>An explicit null (YAML <c>~</c> or an empty value).</summary>
public sealed record NullNode(PropertyPath Path) : Node(Path)
{
    /// <inheritdoc />
    public override string Describe() => "null";
}

/// <summary>
/// A value only CloudFormation can know: an unresolved intrinsic (a Ref to a parameter without a value,
/// Fn::ImportValue, Fn::GetAtt, Fn::Sub ...). Parsers accept it wherever a scalar or list may stand and skip the
/// rules that need the value; see <see cref="OpaqueValue"/>.
/// </summary>
/// <param name="Path">Where the value stands.</param>
/// <param name="Expression">The intrinsic in short form, e.g. <c>!Ref ExecutionRoleArn</c>.</param>
/// <param name="MissingParameters">
/// The declared template parameters without a value that the expression depends on (directly or through nested
/// intrinsics); empty when only CloudFormation itself could resolve it (<c>!ImportValue</c>, <c>!GetAtt</c> ...).
/// </param>
public sealed record OpaqueNode(PropertyPath Path, string Expression, ImmutableArray<string> MissingParameters = default) : Node(Path)
{
    /// <summary><see cref="MissingParameters"/>, never default.</summary>
    public ImmutableArray<string> Missing => MissingParameters.IsDefault ? [] : MissingParameters;

    /// <inheritdoc />
    public override string Describe() => Expression;
}
