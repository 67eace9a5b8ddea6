using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Tests.JobDefinitions;

public class RetryRulesTests
{
    private static string Strategies(int count) =>
        "'RetryAttempts': '3', 'RetryStrategies': [" + string.Join(", ", Enumerable.Repeat("{'Action': 'RETRY', 'OnExitCode': '1'}", count)) + "]";

    [Theory]
    [InlineData("'RetryAttempts': '0'", "RetryAttempts", DiagnosticCodes.RetryAttemptsOutOfRange)]
    [InlineData("'RetryAttempts': '11'", "RetryAttempts", DiagnosticCodes.RetryAttemptsOutOfRange)]
    [InlineData("'RetryStrategies': [{'Action': 'EXIT', 'On': 'CANNOT_PULL_CONTAINER'}]", "RetryStrategies", DiagnosticCodes.RetryStrategiesWithoutAttempts)]
    [InlineData("'RetryAttempts': '2', 'RetryStrategies': [{'Action': 'EXIT', 'OnExitCode': '4x'}]", "RetryStrategies[0].OnExitCode", DiagnosticCodes.InvalidRetryPattern)]
    [InlineData("'RetryAttempts': '2', 'RetryStrategies': [{'Action': 'EXIT', 'OnExitCode': '*1'}]", "RetryStrategies[0].OnExitCode", DiagnosticCodes.InvalidRetryPattern)]
    [InlineData("'RetryAttempts': '2', 'RetryStrategies': [{'Action': 'EXIT', 'OnReason': 'Out of memory!'}]", "RetryStrategies[0].OnReason", DiagnosticCodes.InvalidRetryPattern)]
    [InlineData("'RetryAttempts': '2', 'RetryStrategies': [{'Action': 'EXIT', 'OnStatusReason': 'Host EC2 (i-1)'}]", "RetryStrategies[0].OnStatusReason", DiagnosticCodes.InvalidRetryPattern)]
    public void Validate_WhenRetrySettingsInvalid_Reports(string fragment, string property, string code) =>
        RuleAssert.Reports(Jd.Container(fragment), "JobDefinitions[0]." + property, code);

    [Fact]
    public void Validate_WhenMoreThanFiveStrategies_Reports() =>
        RuleAssert.Reports(Jd.Container(Strategies(6)), "JobDefinitions[0].RetryStrategies", DiagnosticCodes.TooManyRetryStrategies);

    [Fact]
    public void Validate_WhenPatternLongerThan512_Reports() =>
        RuleAssert.Reports(Jd.Container($"'RetryAttempts': '2', 'RetryStrategies': [{{'Action': 'EXIT', 'OnReason': '{new string('a', 513)}'}}]"),
            "JobDefinitions[0].RetryStrategies[0].OnReason", DiagnosticCodes.InvalidRetryPattern);

    [Theory]
    [InlineData("'RetryAttempts': '1'")]
    [InlineData("'RetryAttempts': '10'")]
    [InlineData("'RetryAttempts': '3', 'RetryStrategies': [{'Action': 'RETRY', 'OnExitCode': '*'}, {'Action': 'exit', 'OnExitCode': '137'}, {'Action': 'RETRY', 'OnStatusReason': 'Host EC2*'}, {'Action': 'EXIT', 'OnReason': 'CannotPullContainerError:*'}]")]
    public void Validate_WhenRetrySettingsValid_IsClean(string fragment) => RuleAssert.Clean(Jd.Container(fragment));

    [Fact]
    public void Validate_WhenFiveStrategies_IsClean() => RuleAssert.Clean(Jd.Container(Strategies(5)));

    [Fact]
    public void Message_RetryAttemptsZero_NamesTheRange() =>
        Assert.Equal("RetryAttempts is 0; use a value from 1 to 10.",
            RuleAssert.Reports(Jd.Container("'RetryAttempts': '0'"), "JobDefinitions[0].RetryAttempts", DiagnosticCodes.RetryAttemptsOutOfRange).Message);

    [Fact]
    public void Message_InvalidExitCode_SaysWhatIsValid() =>
        Assert.Equal("\"4x\" is not a valid OnExitCode; use up to 512 digits, optionally ending with '*', such as \"137\" or \"40*\".",
            RuleAssert.Reports(Jd.Container("'RetryAttempts': '2', 'RetryStrategies': [{'Action': 'EXIT', 'OnExitCode': '4x'}]"), "JobDefinitions[0].RetryStrategies[0].OnExitCode", DiagnosticCodes.InvalidRetryPattern).Message);
}
