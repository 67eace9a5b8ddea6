using BatchProvider.Testing.Runtime;

namespace BatchProvider.Lambda.Tests.Runtime;

/// <summary>
/// The published bootstrap's start-up: settings that do not read go to the Runtime API's init-error endpoint, every
/// problem in one message, and the process exits instead of waiting for events it could not handle.
/// </summary>
public sealed class NativeBootstrapInitTests(NativeBootstrapFixture bootstrap) : IClassFixture<NativeBootstrapFixture>
{
    public static TheoryData<Dictionary<string, string>, string[]> BadSettings => new()
    {
        { new() { ["AWS_ACCESS_KEY_ID"] = "x", ["AWS_SECRET_ACCESS_KEY"] = "y" }, ["No AWS region"] },
        {
            new() { ["AWS_ENDPOINT_URL"] = "localhost:5000", ["CONTINUATION_QUEUE_URL"] = "continuations" },
            ["No AWS region", "AWS_ENDPOINT_URL: 'localhost:5000' is not an absolute http or https URL", "CONTINUATION_QUEUE_URL: 'continuations' is not an absolute http(s) URL"]
        },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Bootstrap_WithSettingsThatDoNotRead_ReportsAnInitErrorNamingEachAndExits(Dictionary<string, string> environment, string[] problems)
    {
        await using var function = new NativeFunction(bootstrap.Path, environment);

        var exitCode = await function.ExitCodeAsync();

        Assert.Equal(1, exitCode);
        var (errorType, body) = Assert.Single(function.Api.InitErrors);
        Assert.Equal("AwsConfigurationException", errorType);
        var (type, message) = RuntimeErrorBody.Read(body);
        Assert.Equal("AwsConfigurationException", type);
        Assert.All(problems, p => Assert.Contains(p, message));
        Assert.Equal(0, function.Api.NextCalls);
    }
}
