using BatchProvider.Cli.Sandbox;

namespace BatchProvider.Cli.Tests.Sandbox;

public sealed class SandboxParametersTests
{
    [Theory]
    [InlineData("Subnets=subnet-1,subnet-2\nSecurityGroups=sg-1", "SecurityGroups=sg-1;Subnets=subnet-1,subnet-2")]
    [InlineData("A=x=y\n\nnot a pair\n", "A=x=y")]
    [InlineData("", "")]
    public void Parse_ReadsOneNameValuePerLine(string text, string expected)
    {
        var parsed = SandboxParameters.Parse(text);

        Assert.Equal(expected, string.Join(';', parsed.Select(p => $"{p.Key}={p.Value}")));
        Assert.Equal(parsed, SandboxParameters.Parse(SandboxParameters.Format(parsed)));
    }

    [Fact]
    public void Merge_PrefersTheUsersValues()
    {
        var merged = SandboxParameters.Merge(
            new Dictionary<string, string> { ["Subnets"] = "subnet-sandbox", ["SecurityGroups"] = "sg-sandbox" },
            new Dictionary<string, string> { ["Subnets"] = "subnet-mine" });

        Assert.Equal("SecurityGroups=sg-sandbox;Subnets=subnet-mine", string.Join(';', merged.Select(p => $"{p.Key}={p.Value}")));
    }
}
