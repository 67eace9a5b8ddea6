using System.Collections.Immutable;
using BatchProvider.Domain.Collections;

namespace BatchProvider.Domain.Tests.Collections;

public class ValueMapTests
{
    private static ValueMap<string, string> Map(params string[] pairs) =>
        Enumerable.Range(0, pairs.Length / 2).ToImmutableSortedDictionary(i => pairs[2 * i], i => pairs[2 * i + 1], StringComparer.Ordinal);

    public static TheoryData<string, ValueMap<string, string>, ValueMap<string, string>, bool> Rows => new()
    {
        { "both empty", Map(), Map(), true },
        { "empty with different comparers", ValueMap<string, string>.Empty, Map(), true },
        { "same entries", Map("team", "research", "cost-center", "4711"), Map("team", "research", "cost-center", "4711"), true },
        { "same entries written in another order", Map("a", "1", "b", "2"), Map("b", "2", "a", "1"), true },
        { "a value differs", Map("a", "1"), Map("a", "2"), false },
        { "a key differs", Map("a", "1"), Map("b", "1"), false },
        { "key case matters (ordinal)", Map("a", "1"), Map("A", "1"), false },
        { "an extra entry", Map("a", "1"), Map("a", "1", "b", "2"), false },
        { "keys and values swapped", Map("a", "b"), Map("b", "a"), false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Equality_IsByEntries(string row, ValueMap<string, string> left, ValueMap<string, string> right, bool equal)
    {
        Assert.True(equal == left.Equals(right), row);
        Assert.True(equal == right.Equals(left), row);
        Assert.True(equal == (left == right), row);
        Assert.True(equal != (left != right), row);
        Assert.True(equal == left.Equals((object)right), row);
        if (equal) Assert.True(left.GetHashCode() == right.GetHashCode(), row);
    }

    [Theory]
    [InlineData(new[] { "a", "1" }, new[] { "a", "2" })]
    [InlineData(new[] { "a", "b" }, new[] { "b", "a" })]
    [InlineData(new[] { "a", "1" }, new[] { "a", "1", "b", "2" })]
    public void HashCode_DependsOnKeysAndValues(string[] left, string[] right) =>
        Assert.NotEqual(Map(left).GetHashCode(), Map(right).GetHashCode());

    [Fact]
    public void NullMaps_CompareWithTheOperators()
    {
        ValueMap<string, string>? none = null;
        Assert.True(none == null);
        Assert.False(none == Map());
        Assert.True(Map() != none);
        Assert.False(Map().Equals(null));
    }

    [Fact]
    public void ImplicitConversion_KeepsNull()
    {
        ImmutableSortedDictionary<string, string>? none = null;
        ValueMap<string, string>? map = none;
        Assert.Null(map);
    }

    public static TheoryData<ValueMap<string, string>, string> ToStringRows => new()
    {
        { Map(), "{}" },
        { Map("team", "research"), "{team: research}" },
        { Map("b", "2", "a", "1"), "{a: 1, b: 2}" },
    };

    [Theory]
    [MemberData(nameof(ToStringRows))]
    public void ToString_ListsTheEntriesInKeyOrder(ValueMap<string, string> map, string expected) => Assert.Equal(expected, map.ToString());

    [Fact]
    public void Map_ReadsLikeADictionary()
    {
        var map = Map("b", "2", "a", "1");
        Assert.Equal(2, map.Count);
        Assert.False(map.IsEmpty);
        Assert.Equal("1", map["a"]);
        Assert.True(map.ContainsKey("b"));
        Assert.False(map.TryGetValue("c", out _));
        Assert.Equal(["a", "b"], map.Keys);
        Assert.Equal(["1", "2"], map.Values);
    }

    [Fact]
    public void RecordsHoldingMaps_CompareByValue()
    {
        var left = new Holder(Map("a", "1"));
        var right = new Holder(Map("a", "1"));
        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, right with { Tags = Map("a", "2") });
    }

    private sealed record Holder(ValueMap<string, string> Tags);
}
