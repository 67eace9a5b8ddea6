using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;

namespace BatchProvider.Domain.Tests.Properties;

/// <summary>
/// The shape FsCheck generates for property tests: a JSON-ish tree without paths, turned into the input
/// <see cref="Node"/> tree (paths filled in) by <see cref="ToNode"/>. Each suite brings its own value pools.
/// </summary>
internal abstract record RandomTree
{
    /// <summary>The input tree rooted at <paramref name="path"/>.</summary>
    public Node ToNode(PropertyPath path) => this switch
    {
        Leaf l => new ScalarNode(path, l.Value),
        Nil => new NullNode(path),
        Opaque o => new OpaqueNode(path, o.Expression),
        Items i => new ListNode(path, [.. i.Values.Select((v, n) => v.ToNode(path.Index(n)))]),
        Obj o => new MapNode(path, [.. o.Entries.Select(e => new KeyValuePair<string, Node>(e.Key, e.Value.ToNode(path.Property(e.Key))))]),
        _ => throw new InvalidOperationException($"unknown tree {GetType().Name}"),
    };

    /// <summary>A scalar, as CloudFormation sends it: text.</summary>
    internal sealed record Leaf(string Value) : RandomTree;

    /// <summary>An explicit null.</summary>
    internal sealed record Nil : RandomTree;

    /// <summary>An unresolved intrinsic.</summary>
    internal sealed record Opaque(string Expression) : RandomTree;

    /// <summary>A list.</summary>
    internal sealed record Items(RandomTree[] Values) : RandomTree;

    /// <summary>An object; keys may repeat, as a hostile input might.</summary>
    internal sealed record Obj((string Key, RandomTree Value)[] Entries) : RandomTree;
}
