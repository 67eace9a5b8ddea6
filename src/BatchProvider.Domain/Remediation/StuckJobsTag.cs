using System.Globalization;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Parsing.JobQueues;

namespace BatchProvider.Domain.Remediation;

/// <summary>
/// The queue tag that carries a queue's <see cref="StuckJobsPolicy"/> to the Lambda, which sees the template only during
/// CloudFormation requests: <c>batchprovider:stuck-jobs = after=1800;action=Resubmit;to=overflow</c>. <c>to</c> is the
/// target queue's spec Id (not its name), so a replacement generation of the target is still found by its ownership
/// tags. Tag values allow 256 characters; a spec Id is short enough that the value always fits.
/// </summary>
public static class StuckJobsTag
{
    /// <summary>The tag key.</summary>
    public const string Key = "batchprovider:stuck-jobs";

    /// <summary>The tag value for <paramref name="policy"/>.</summary>
    public static string Format(StuckJobsPolicy policy)
    {
        var value = $"after={policy.AfterSeconds.ToString(CultureInfo.InvariantCulture)};action={policy.Action}";
        return policy.ResubmitToQueueId is { } to ? $"{value};to={to}" : value;
    }

    /// <summary>
    /// The policy written by <see cref="Format"/>, or null when <paramref name="value"/> is missing or malformed (a
    /// queue whose tag was edited by hand is left alone rather than acted on with a guessed policy).
    /// </summary>
    public static StuckJobsPolicy? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        long? after = null;
        StuckJobAction? action = null;
        string? to = null;
        foreach (var part in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) return null;
            var (k, v) = (part[..eq], part[(eq + 1)..]);
            switch (k)
            {
                case "after" when long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0: after = s; break;
                case "action" when JobQueueParser.StuckJobActions.TryGetValue(v, out var a): action = a; break;
                case "to" when v.Length > 0: to = v; break;
                default: return null;
            }
        }
        if (after is null || action is null) return null;
        if (action == StuckJobAction.Resubmit && to is null) return null;
        return new StuckJobsPolicy(after.Value, action.Value, action == StuckJobAction.Resubmit ? to : null);
    }
}
