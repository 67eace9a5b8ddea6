using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Tests.JobDefinitions;

public class JobSettingsRulesTests
{
    private static string ManyTags(int count) =>
        "'Tags': {" + string.Join(", ", Enumerable.Range(0, count).Select(i => $"'k{i}': 'v'")) + "}";

    public static TheoryData<string, string, string, string> Invalid => new()
    {
        // Kind-neutral rules, run over every kind.
        { "Container", "'Timeout': '59s'", "Timeout", DiagnosticCodes.TimeoutTooShort },
        { "MultiNode", "'Timeout': '30'", "Timeout", DiagnosticCodes.TimeoutTooShort },
        { "Eks", "'Timeout': '0'", "Timeout", DiagnosticCodes.TimeoutTooShort },
        { "Container", "'SchedulingPriority': '10000'", "SchedulingPriority", DiagnosticCodes.SchedulingPriorityOutOfRange },
        { "MultiNode", "'SchedulingPriority': '-1'", "SchedulingPriority", DiagnosticCodes.SchedulingPriorityOutOfRange },
        { "Eks", "'SchedulingPriority': '10000'", "SchedulingPriority", DiagnosticCodes.SchedulingPriorityOutOfRange },
        { "Container", "'RetryAttempts': '0'", "RetryAttempts", DiagnosticCodes.RetryAttemptsOutOfRange },
        { "MultiNode", "'RetryAttempts': '0'", "RetryAttempts", DiagnosticCodes.RetryAttemptsOutOfRange },
        { "Eks", "'RetryAttempts': '0'", "RetryAttempts", DiagnosticCodes.RetryAttemptsOutOfRange },
        { "Container", ManyTags(48), "Tags", DiagnosticCodes.JobValueOutOfRange },
        { "Eks", ManyTags(48), "Tags", DiagnosticCodes.JobValueOutOfRange },
        { "Container", "'PropagateTags': 'true', " + ManyTags(40), "PropagateTags", DiagnosticCodes.PropagatedTagsMayExceedLimit },
        { "Container", "'Command': ['run', 'Ref::input']", "Command", DiagnosticCodes.UndefinedParameter },
        { "MultiNode", "'Nodes': [{'Range': '0', 'Image': 'x', 'Vcpus': '1', 'Memory': '1 GiB', 'Command': ['Ref::n']}]", "Nodes[0].Command", DiagnosticCodes.UndefinedParameter },
        { "Eks", "'Containers': [{'Image': 'x', 'Args': ['Ref::n']}]", "Containers[0].Command", DiagnosticCodes.UndefinedParameter },
        { "Container", $"'Environment': {{'BIG': '{new string('x', 25_000)}'}}", "", DiagnosticCodes.RequestTooLarge },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_WhenJobSettingInvalid_Reports(string kind, string fragment, string property, string code) =>
        RuleAssert.Reports(Jd.Of(kind, fragment), property.Length == 0 ? "JobDefinitions[0]" : "JobDefinitions[0]." + property, code);

    public static TheoryData<string, string> Valid => new()
    {
        { "Container", "'Timeout': '60s'" },
        { "Eks", "'Timeout': '7d'" },
        { "Container", "'SchedulingPriority': '0'" },
        { "MultiNode", "'SchedulingPriority': '9999'" },
        { "Container", "'PropagateTags': 'true', " + ManyTags(30) },
        { "Container", ManyTags(46) },
        { "Container", "'Command': ['run', 'Ref::input'], 'Parameters': {'input': 's3://b/k'}" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Validate_WhenJobSettingValid_IsClean(string kind, string fragment) => RuleAssert.Clean(Jd.Of(kind, fragment));

    [Fact]
    public void Message_UndefinedParameter_IsAWarningThatNamesIt()
    {
        var d = RuleAssert.Reports(Jd.Container("'Command': ['run', 'Ref::input']"), "JobDefinitions[0].Command", DiagnosticCodes.UndefinedParameter);
        Assert.Equal((Severity.Warning, "Ref::input has no default in Parameters; every job must then pass parameter \"input\" at submission, or the literal text stays. Add input to Parameters."),
            (d.Severity, d.Message));
    }

    [Fact]
    public void Message_TimeoutTooShort() =>
        Assert.Equal("Timeout is 59s; Batch needs at least 60s (1m).",
            RuleAssert.Reports(Jd.Container("'Timeout': '59s'"), "JobDefinitions[0].Timeout", DiagnosticCodes.TimeoutTooShort).Message);
}
