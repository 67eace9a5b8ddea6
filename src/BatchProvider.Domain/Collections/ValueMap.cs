using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace BatchProvider.Domain.Collections;

/// <summary>
/// An immutable sorted map that compares by value, for members of records: a record compares an
/// <see cref="ImmutableSortedDictionary{TKey, TValue}"/> member by reference, so two parses of one template would never
/// be equal. Enumerates in key order, like the dictionary it wraps.
/// </summary>
/// <remarks>
/// Equality contract: two maps are equal when they have the same count and every key of one is found in the other
/// (by that map's key comparer) with a value equal by <see cref="EqualityComparer{TValue}.Default"/>; the order of
/// insertion never matters. <see cref="GetHashCode"/> is order-independent over key (by
/// <see cref="EqualityComparer{TKey}.Default"/>) and value, so equal maps hash alike whenever their key comparers agree
/// with the keys' own equality (as <see cref="StringComparer.Ordinal"/>, the comparer this project uses, does).
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type; give it value equality too for the comparison to be deep.</typeparam>
public sealed class ValueMap<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<ValueMap<TKey, TValue>>
    where TKey : notnull
{
    /// <summary>Wraps <paramref name="entries"/>.</summary>
    public ValueMap(ImmutableSortedDictionary<TKey, TValue> entries) => Entries = entries;

    /// <summary>The empty map (default key comparer).</summary>
    public static ValueMap<TKey, TValue> Empty { get; } = new(ImmutableSortedDictionary<TKey, TValue>.Empty);

    /// <summary>The entries as the dictionary this map wraps.</summary>
    public ImmutableSortedDictionary<TKey, TValue> Entries { get; }

    /// <inheritdoc />
    public int Count => Entries.Count;

    /// <summary>True when the map has no entries.</summary>
    public bool IsEmpty => Entries.IsEmpty;

    /// <inheritdoc />
    public TValue this[TKey key] => Entries[key];

    /// <inheritdoc />
    public IEnumerable<TKey> Keys => Entries.Keys;

    /// <inheritdoc />
    public IEnumerable<TValue> Values => Entries.Values;

    /// <inheritdoc />
    public bool ContainsKey(TKey key) => Entries.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => Entries.TryGetValue(key, out value);

    /// <summary>Enumerates the entries in key order.</summary>
    public ImmutableSortedDictionary<TKey, TValue>.Enumerator GetEnumerator() => Entries.GetEnumerator();

    IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => Entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Entries.GetEnumerator();

    /// <summary>True when both maps hold the same keys with equal values.</summary>
    public bool Equals(ValueMap<TKey, TValue>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (Count != other.Count) return false;
        foreach (var (key, value) in Entries)
        {
            if (!other.Entries.TryGetValue(key, out var theirs) || !EqualityComparer<TValue>.Default.Equals(value, theirs)) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueMap<TKey, TValue> other && Equals(other);

    /// <summary>Order-independent: sums each entry's combined key and value hash.</summary>
    public override int GetHashCode()
    {
        var sum = Count;
        foreach (var (key, value) in Entries) sum = unchecked(sum + HashCode.Combine(key, value));
        return sum;
    }

    /// <summary>The entries in key order as <c>{a: 1, b: 2}</c>.</summary>
    public override string ToString() => "{" + string.Join(", ", Entries.Select(e => $"{e.Key}: {e.Value?.ToString() ?? "null"}")) + "}";

    /// <summary>True when both maps hold the same keys with equal values (or both are null).</summary>
    public static bool operator ==(ValueMap<TKey, TValue>? left, ValueMap<TKey, TValue>? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>The negation of <c>==</c>.</summary>
    public static bool operator !=(ValueMap<TKey, TValue>? left, ValueMap<TKey, TValue>? right) => !(left == right);

    /// <summary>Wraps <paramref name="entries"/>; null stays null.</summary>
    [return: NotNullIfNotNull(nameof(entries))]
    public static implicit operator ValueMap<TKey, TValue>?(ImmutableSortedDictionary<TKey, TValue>? entries) => entries is null ? null : new(entries);
}
