using BatchProvider.Domain.Parsing;

namespace BatchProvider.Domain.Tests.Parsing;

public class ScalarsTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("90", 90)]
    [InlineData("30m", 1800)]
    [InlineData("4h", 14400)]
    [InlineData("7d", 604800)]
    [InlineData(" 5 minutes ", 300)]
    [InlineData("1.5h", 5400)]
    public void DurationSeconds_WhenValid_ReturnsSeconds(string text, long expected)
    {
        var result = Scalars.DurationSeconds(text);
        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5m")]
    [InlineData("5 weeks")]
    [InlineData("0.5s")]
    public void DurationSeconds_WhenInvalid_SaysWhatIsValid(string text)
    {
        var result = Scalars.DurationSeconds(text);
        Assert.False(result.Success);
        Assert.Contains(text, result.Error);
    }

    [Theory]
    [InlineData("14 GiB", 14336)]
    [InlineData("512 MiB", 512)]
    [InlineData("512", 512)]
    [InlineData("1GiB", 1024)]
    [InlineData("0.5 GiB", 512)]
    [InlineData("1 TiB", 1048576)]
    public void SizeMiB_WhenValid_ReturnsMiB(string text, long expected)
    {
        var result = Scalars.SizeMiB(text);
        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("big")]
    [InlineData("1 PB")]
    [InlineData("1.3 MiB")]
    public void SizeMiB_WhenInvalid_Fails(string text) => Assert.False(Scalars.SizeMiB(text).Success);

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    public void Boolean_AcceptsCloudFormationStrings(string text, bool expected) => Assert.Equal(expected, Scalars.Boolean(text).Value);

    [Theory]
    [InlineData("10", 10)]
    [InlineData("4.0", 4)]
    [InlineData("-3", -3)]
    public void Integer_AcceptsCloudFormationStrings(string text, long expected) => Assert.Equal(expected, Scalars.Integer(text).Value);

    [Theory]
    [InlineData("4.5")]
    [InlineData("ten")]
    [InlineData("")]
    public void Integer_WhenNotWhole_Fails(string text) => Assert.False(Scalars.Integer(text).Success);
}
