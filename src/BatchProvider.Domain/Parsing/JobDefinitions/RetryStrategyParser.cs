using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobDefinitions;
using BatchProvider.Domain.Validation.JobDefinitions;

namespace BatchProvider.Domain.Parsing.JobDefinitions;

/// <summary>Reads one entry of <c>RetryStrategies</c>: <c>{Action, On}</c> or <c>{Action, OnExitCode/OnReason/OnStatusReason}</c>.</summary>
internal static class RetryStrategyParser
{
    private static readonly string[] Actions = ["RETRY", "EXIT"];

    internal static RetryStrategy? Read(ObjectReader r)
    {
        var action = r.Choice("Action", Actions, required: true);
        var named = r.Choice("On", [.. RetryReason.Named.Keys]);
        var exitCode = r.String("OnExitCode");
        var reason = r.String("OnReason");
        var statusReason = r.String("OnStatusReason");
        var hasCustom = exitCode is not null || reason is not null || statusReason is not null;
        var namedWritten = r.Has("On");

        if (namedWritten && hasCustom)
        {
            r.Diagnostics.Error(r.Path.Property("On"), DiagnosticCodes.RetryConditionConflict, JobDefinitionMessages.RetryConditionConflict);
            return null;
        }
        if (!namedWritten && !hasCustom)
        {
            r.Diagnostics.Error(r.Path, DiagnosticCodes.RetryConditionMissing, JobDefinitionMessages.RetryConditionMissing);
            return null;
        }
        if (action is null || (namedWritten && named is null)) return null;

        var on = named is not null ? RetryReason.Named[named] : RetryReason.Custom(exitCode, reason, statusReason);
        return new RetryStrategy(r.Path, action == "RETRY" ? RetryAction.Retry : RetryAction.Exit, on);
    }
}
