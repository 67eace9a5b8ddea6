using System.Globalization;
using System.Text;

namespace BatchProvider.Benchmarks.Reconcile;

/// <summary>Renders the simulation's measurements as two Markdown tables: the figures, and baseline ÷ BatchProvider.</summary>
public static class ReconcileReport
{
    /// <summary>Our reconciler with default options, the denominator of every ratio.</summary>
    public const string Ours = "BatchProvider";

    /// <summary>The CloudFormation-native baseline.</summary>
    public const string CloudFormation = "CloudFormation native";

    /// <summary>The naive in-Lambda polling baseline.</summary>
    public const string InLambda = "in-Lambda polling";

    /// <summary>The two tables.</summary>
    public static string Render(IReadOnlyList<Measurement> results)
    {
        var md = new StringBuilder();
        md.AppendLine("| Stack | Operation | Driver | Wall (virtual) | API calls (throttled) | Lambda-billed | Note |");
        md.AppendLine("|---|---|---|---:|---:|---:|---|");
        foreach (var m in results)
            md.AppendLine(Invariant($"| {m.Stack} | {m.Operation} | {m.Driver} | {Time(m.Wall)} | {m.Calls} ({m.Throttled}) | {(m.Billed is { } b ? $"{b.TotalSeconds:0.0} s" : "—")} | {m.Note} |"));

        md.AppendLine();
        md.AppendLine("Ratios, baseline ÷ BatchProvider (default options); above 1 means BatchProvider is faster / cheaper:");
        md.AppendLine();
        md.AppendLine("| Stack | Operation | CFN wall | CFN calls | in-Lambda wall | in-Lambda calls | in-Lambda billed |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var group in results.GroupBy(m => (m.Stack, m.Operation)))
        {
            var ours = group.Single(m => m.Driver == Ours);
            var cfn = group.Single(m => m.Driver == CloudFormation);
            var naive = group.Single(m => m.Driver == InLambda);
            md.AppendLine(Invariant($"| {group.Key.Stack} | {group.Key.Operation} | {Ratio(cfn.Wall, ours.Wall)} | {Ratio(cfn.Calls, ours.Calls)} | {Ratio(naive.Wall, ours.Wall)} | {Ratio(naive.Calls, ours.Calls)} | {Ratio(naive.Billed!.Value, ours.Billed!.Value)} |"));
        }
        return md.ToString();
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Time(TimeSpan t) => t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : t.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    private static string Ratio(TimeSpan baseline, TimeSpan ours) => Ratio(baseline.TotalSeconds, ours.TotalSeconds);

    private static string Ratio(double baseline, double ours) => ours == 0 ? "—" : (baseline / ours).ToString("0.0#", CultureInfo.InvariantCulture) + "×";
}
