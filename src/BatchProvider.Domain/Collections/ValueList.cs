using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace BatchProvider.Domain.Collections;

/// <summary>
/// An immutable list that compares by value, for members of records: a record compares an
/// <see cref="ImmutableArray{T}"/> member by reference, so two parses of one template would never be equal.
/// </summary>
/// <remarks>
/// Equality contract: two lists are equal when they have the same length and the items at each index are equal by
/// <see cref="EqualityComparer{T}.Default"/> (order matters). <see cref="GetHashCode"/> combines the items' hashes in
/// order, so equal lists hash alike. <c>default</c> is the empty list (unlike a default <see cref="ImmutableArray{T}"/>,
/// it never throws). Write one as a collection expression (<c>[a, b]</c>) or convert an
/// <see cref="ImmutableArray{T}"/> implicitly.
/// </remarks>
/// <typeparam name="T">The item type; give it value equality too (a record) for the comparison to be deep.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps <paramref name="items"/>; a default array becomes the empty list.</summary>
    public ValueList(ImmutableArray<T> items) => _items = items.IsDefault ? [] : items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty => default;

    /// <summary>The items as an <see cref="ImmutableArray{T}"/> (never default).</summary>
    public ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    /// <summary>The number of items.</summary>
    public int Length => Items.Length;

    /// <inheritdoc />
    int IReadOnlyCollection<T>.Count => Length;

    /// <summary>True when the list has no items.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => Items[index];

    /// <summary>Enumerates the items without allocating.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <summary>True when both lists have equal items in the same order.</summary>
    public bool Equals(ValueList<T> other) => Items.AsSpan().SequenceEqual(other.Items.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <summary>Combines the items' hashes in order.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>The items as <c>[a, b]</c>, each by its own <c>ToString</c> (null as <c>null</c>).</summary>
    public override string ToString() => "[" + string.Join(", ", Items.Select(i => i?.ToString() ?? "null")) + "]";

    /// <summary>True when both lists have equal items in the same order.</summary>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>True unless both lists have equal items in the same order.</summary>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <summary>Wraps <paramref name="items"/> (a default array becomes the empty list).</summary>
    public static implicit operator ValueList<T>(ImmutableArray<T> items) => new(items);
}

/// <summary>Builds <see cref="ValueList{T}"/> values; the target of its collection expressions.</summary>
public static class ValueList
{
    /// <summary>A list of a copy of <paramref name="items"/>.</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new([.. items]);

    /// <summary>A list of <paramref name="items"/> in order.</summary>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => new([.. items]);
}
