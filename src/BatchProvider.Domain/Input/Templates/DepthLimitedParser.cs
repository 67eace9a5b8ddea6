using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BatchProvider.Domain.Input.Templates;

/// <summary>
/// A YAML event stream that stops at <see cref="MaxDepth"/> nested collections, block or flow style alike.
/// YamlDotNet's representation model builds the tree recursively, so an unbounded document (20,000 nested <c>- </c>)
/// costs seconds and gigabytes, or the stack; counting events stops it before any tree is built.
/// </summary>
internal sealed class DepthLimitedParser(IParser inner) : IParser
{
    /// <summary>The deepest nesting of lists and objects a document may have; a BatchStack needs fewer than 10.</summary>
    public const int MaxDepth = 200;

    private int _depth;

    /// <inheritdoc />
    public ParsingEvent? Current => inner.Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > MaxDepth:
                throw new TooDeepException();
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }
        return true;
    }

    /// <summary>The document nests deeper than <see cref="MaxDepth"/>.</summary>
    internal sealed class TooDeepException() : Exception(string.Format(null, TemplateMessages.TooDeep, MaxDepth));
}
