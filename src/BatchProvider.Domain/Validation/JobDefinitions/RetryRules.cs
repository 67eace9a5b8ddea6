using System.Text.RegularExpressions;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>Retry attempts and exit conditions (API RetryStrategy, EvaluateOnExit; Terraform's pattern validators).</summary>
internal static partial class RetryRules
{
    private const int MaxConditions = 5;
    private const int MaxPatternLength = 512;

    internal static void Validate(JobDefinitionSpec s, DiagnosticBag d)
    {
        if (s.RetryAttempts is { } attempts and (< 1 or > 10))
            d.Error(s.Path.Property("RetryAttempts"), DiagnosticCodes.RetryAttemptsOutOfRange, JobDefinitionMessages.RetryAttemptsOutOfRange(attempts));
        if (s.RetryStrategies is not { Length: > 0 } strategies) return;
        if (strategies.Length > MaxConditions)
            d.Error(s.Path.Property("RetryStrategies"), DiagnosticCodes.TooManyRetryStrategies, JobDefinitionMessages.TooManyRetryStrategies(strategies.Length));
        if (s.RetryAttempts is null)
            d.Error(s.Path.Property("RetryStrategies"), DiagnosticCodes.RetryStrategiesWithoutAttempts, JobDefinitionMessages.RetryStrategiesWithoutAttempts);
        foreach (var strategy in strategies)
        {
            if (strategy.On.Name is not null) continue;
            Check(strategy.Path.Property("OnExitCode"), strategy.On.OnExitCode, ExitCodePattern(), JobDefinitionMessages.InvalidExitCodePattern, d);
            Check(strategy.Path.Property("OnReason"), strategy.On.OnReason, ReasonPattern(), p => JobDefinitionMessages.InvalidReasonPattern("OnReason", p), d);
            Check(strategy.Path.Property("OnStatusReason"), strategy.On.OnStatusReason, ReasonPattern(), p => JobDefinitionMessages.InvalidReasonPattern("OnStatusReason", p), d);
        }
    }

    private static void Check(PropertyPath path, string? pattern, Regex valid, Func<string, string> message, DiagnosticBag d)
    {
        if (pattern is null || OpaqueValue.Is(pattern)) return;
        if (pattern.Length > MaxPatternLength || !valid.IsMatch(pattern))
            d.Error(path, DiagnosticCodes.InvalidRetryPattern, message(pattern));
    }

    [GeneratedRegex(@"^[0-9]*\*?$")]
    private static partial Regex ExitCodePattern();

    [GeneratedRegex(@"^[0-9A-Za-z.:\s]*\*?$")]
    private static partial Regex ReasonPattern();
}
