using BatchProvider.Lambda.Aws.Resilience;

namespace BatchProvider.Lambda.Tests.Aws.Resilience;

public sealed class BackoffTests
{
    [Theory]
    // retry number (0 = first retry), random draw, expected delay in ms (base 100 ms, cap 20 s, full jitter)
    [InlineData(0, 1.0, 100)]
    [InlineData(0, 0.5, 50)]
    [InlineData(3, 1.0, 800)]
    [InlineData(3, 0.25, 200)]
    [InlineData(8, 1.0, 20_000)] // 25.6 s capped
    [InlineData(40, 0.5, 10_000)]
    [InlineData(5, 0.0, 0)]
    public void Backoff_IsFullJitterUnderCappedExponential(int retry, double draw, double expectedMs)
    {
        var delay = AwsResiliencePipeline.Backoff(retry, new AwsRetryOptions(), () => draw);

        Assert.Equal(expectedMs, delay.TotalMilliseconds, precision: 6);
    }

    public static TheoryData<AwsRetryOptions, string[]> InvalidOptions => new()
    {
        { new AwsRetryOptions { MaxAttempts = 0 }, ["MaxAttempts: 0 is less than 1"] },
        {
            new AwsRetryOptions { MaxAttempts = 0, AttemptTimeout = TimeSpan.Zero, RequestsPerSecond = -1, Burst = 0 },
            ["MaxAttempts: 0", "AttemptTimeout: 00:00:00 must be positive", "RequestsPerSecond: -1 must be positive", "Burst: 0 is less than 1"]
        },
        { new AwsRetryOptions { BaseDelay = TimeSpan.FromMinutes(1) }, ["BaseDelay: 00:01:00 must be between 0 and MaxBackoff (00:00:20)"] },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validate_ListsEveryProblemInOneMessage(AwsRetryOptions options, string[] expected)
    {
        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.All(expected, fragment => Assert.Contains(fragment, error.Message));
    }

    [Fact]
    public void Validate_DefaultsAreValid() => new AwsRetryOptions().Validate();
}
