using System.Collections.Immutable;
using BatchProvider.Domain.Collections;

namespace BatchProvider.Domain.Tests.Collections;

public class ValueListTests
{
    public sealed record Item(string Name, int Size);

    public static TheoryData<string, ValueList<string?>, ValueList<string?>, bool> StringRows => new()
    {
        { "both empty", [], [], true },
        { "default equals empty", default, [], true },
        { "same items", ["a", "b"], ["a", "b"], true },
        { "same items built separately", ImmutableArray.Create<string?>("a", "b"), new string?[] { "a", "b" }.ToValueList(), true },
        { "nulls in the same places", ["a", null], ["a", null], true },
        { "order matters", ["a", "b"], ["b", "a"], false },
        { "length matters", ["a"], ["a", "a"], false },
        { "empty vs one", [], [""], false },
        { "case matters (ordinal)", ["a"], ["A"], false },
        { "null vs text", [null], ["null"], false },
    };

    [Theory]
    [MemberData(nameof(StringRows))]
    public void Equality_IsByItemsInOrder(string row, ValueList<string?> left, ValueList<string?> right, bool equal)
    {
        Assert.True(equal == left.Equals(right), row);
        Assert.True(equal == right.Equals(left), row);
        Assert.True(equal == (left == right), row);
        Assert.True(equal != (left != right), row);
        Assert.True(equal == left.Equals((object)right), row);
        if (equal) Assert.True(left.GetHashCode() == right.GetHashCode(), row);
    }

    public static TheoryData<string, ValueList<Item>, ValueList<Item>, bool> RecordRows => new()
    {
        { "equal records, distinct instances", [new("a", 1), new("b", 2)], [new("a", 1), new("b", 2)], true },
        { "one member differs", [new("a", 1)], [new("a", 2)], false },
    };

    [Theory]
    [MemberData(nameof(RecordRows))]
    public void Equality_IsDeepForRecordItems(string row, ValueList<Item> left, ValueList<Item> right, bool equal)
    {
        Assert.True(equal == left.Equals(right), row);
        if (equal) Assert.True(left.GetHashCode() == right.GetHashCode(), row);
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, new[] { "b", "a" })]
    [InlineData(new[] { "a" }, new[] { "a", "a" })]
    [InlineData(new[] { "x", "" }, new[] { "", "x" })]
    public void HashCode_DependsOnOrderAndLength(string[] left, string[] right) =>
        Assert.NotEqual(left.ToValueList().GetHashCode(), right.ToValueList().GetHashCode());

    public static TheoryData<ValueList<object?>, string> ToStringRows => new()
    {
        { [], "[]" },
        { default, "[]" },
        { ["a"], "[a]" },
        { ["m6i", "c6i", 3, null], "[m6i, c6i, 3, null]" },
    };

    [Theory]
    [MemberData(nameof(ToStringRows))]
    public void ToString_ListsTheItems(ValueList<object?> list, string expected) => Assert.Equal(expected, list.ToString());

    [Fact]
    public void DefaultList_BehavesAsEmpty()
    {
        ValueList<string> list = default;
        Assert.True(list.IsEmpty);
        Assert.Equal(0, list.Length);
        Assert.Empty(list);
        Assert.False(list.Items.IsDefault);
        Assert.Equal(ValueList<string>.Empty, list);
    }

    [Fact]
    public void ImplicitConversion_FromADefaultArray_GivesTheEmptyList()
    {
        ValueList<int> list = default(ImmutableArray<int>);
        Assert.True(list.IsEmpty);
    }

    [Fact]
    public void CollectionExpression_KeepsOrder_AndIndexes()
    {
        ValueList<string> list = ["a", "b", "c"];
        Assert.Equal(3, list.Length);
        Assert.Equal("b", list[1]);
        Assert.Equal(["a", "b", "c"], list.Items.ToArray());
        Assert.Equal(["a", "b", "c"], list.ToArray());
    }

    [Fact]
    public void RecordsHoldingLists_CompareByValue()
    {
        var left = new Holder([new Item("a", 1)]);
        var right = new Holder([new Item("a", 1)]);
        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, right with { Items = [] });
    }

    private sealed record Holder(ValueList<Item> Items);
}
