using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Tests.Aws.Configuration;

namespace BatchProvider.Lambda.Tests.Aws.Credentials;

public sealed class DefaultCredentialsProviderTests
{
    [Theory]
    [InlineData("AWS_ACCESS_KEY_ID=AKID;AWS_SECRET_ACCESS_KEY=secret;AWS_SESSION_TOKEN=token", "token")]
    [InlineData("AWS_ACCESS_KEY_ID=AKID;AWS_SECRET_ACCESS_KEY=secret", null)]
    [InlineData("AWS_ACCESS_KEY_ID=AKID;AWS_SECRET_ACCESS_KEY=secret;AWS_SESSION_TOKEN=", null)]
    public async Task EnvironmentCredentials_AreReadFromTheInjectedEnvironment(string environment, string? token)
    {
        var provider = new DefaultCredentialsProvider(AwsSettingsTests.Env(environment));

        var credentials = await provider.GetCredentialsAsync(CancellationToken.None);

        Assert.Equal(new AwsCredentials("AKID", "secret", token), credentials);
    }

    [Fact]
    public void ToString_NeverShowsTheSecret()
    {
        var text = new AwsCredentials("AKID", "very-secret", "session-token").ToString();

        Assert.DoesNotContain("very-secret", text);
        Assert.DoesNotContain("session-token", text);
    }
}
