using BatchProvider.Benchmarks.Specs;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BatchProvider.Benchmarks.Pipeline;

/// <summary>
/// A short job (1 launch, 3 warm-ups, 5 measured iterations) so the whole suite runs in minutes on 2 cores, and the
/// per-resource column. In-process: building BenchmarkDotNet's generated project (the whole solution, one core at a
/// time) takes longer than its 2-minute build timeout here, and nothing in these benchmarks needs process isolation.
/// </summary>
public sealed class PipelineConfig : ManualConfig
{
    public PipelineConfig()
    {
        AddJob(Job.ShortRun.WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance).WithId("Short"));
        AddColumn(new PerResourceColumn());
        HideColumns(Column.Error);
        AddColumn(StatisticColumn.Median, StatisticColumn.Min);
    }

    /// <summary>
    /// Median divided by the input's resource count: flat when the cost grows linearly. The median, not the mean,
    /// because one descheduled iteration on a busy 2-core machine moves the mean of five a lot.
    /// </summary>
    private sealed class PerResourceColumn : IColumn
    {
        public string Id => nameof(PerResourceColumn);
        public string ColumnName => "PerResource";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Statistics;
        public int PriorityInCategory => 10;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Time;
        public string Legend => "Median / number of Batch resources in the input";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (summary[benchmarkCase]?.ResultStatistics is not { } statistics) return "-";
            var input = (string)benchmarkCase.Parameters["Input"];
            var nanoseconds = statistics.Median / BenchmarkInputs.Resources(input);
            return nanoseconds >= 1000 ? $"{nanoseconds / 1000:N2} μs" : $"{nanoseconds:N0} ns";
        }
    }
}
