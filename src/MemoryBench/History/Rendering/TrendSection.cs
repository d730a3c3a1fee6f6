using System.Globalization;
using System.Text;
using MemoryBench.Comparison;
using MemoryBench.History.Analysis;
using MemoryBench.Model;
using MemoryBench.Report;

namespace MemoryBench.History.Rendering;

/// <summary>
/// The pull request report's "Trend on main": for each regressed benchmark and each figure that regressed, its last
/// runs of the default branch as a sparkline, where main went over them, and this run's figure, so a reviewer sees
/// whether the pull request adds a step to a creep or only moves noise.
/// </summary>
internal static class TrendSection
{
    /// <summary>How many of main's last runs the trend reads and shows.</summary>
    public const int Runs = 20;

    private const int MaxRows = 20;

    /// <summary>The section, or nothing when nothing regressed or the history has no run.</summary>
    public static string Render(ComparisonResult result, RunHistory main)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(main);
        var rows = result.Benchmarks
            .Where(b => b.Verdict == Verdict.Regressed && b.Current is not null)
            .SelectMany(b => b.Findings
                .Where(f => f.Kind == FindingKind.Regression && f.Metric != Metric.Time)
                .Select(f => (Benchmark: b, f.Metric)))
            .Distinct()
            .ToList();
        if (rows.Count == 0 || main.Runs.Length == 0)
        {
            return "";
        }

        var names = DisplayNames(result);
        var text = new StringBuilder();
        text.Append("\n### Trend on main (last ").Append(main.Runs.Length.ToString(CultureInfo.InvariantCulture))
            .Append(main.Runs.Length == 1 ? " run" : " runs").Append(")\n\n")
            .Append("Each regressed figure over the default branch's last runs, oldest first (· not measured), on a scale of at least the comparison's allowance, then this run.\n\n")
            .Append("| Benchmark | Figure | Main's last runs | Main | This run |\n| --- | --- | --- | ---: | ---: |\n");
        foreach (var (benchmark, figure) in rows.Take(MaxRows))
        {
            var values = main.Runs.Select(run => run.Benchmarks.TryGetValue(benchmark.Id, out var figures) ? Value(figures, figure) : null).ToList();
            var present = values.OfType<double>().ToList();
            var current = Value(new HistoryFigures(benchmark.Current!.Memory, benchmark.Current.Retained), figure);
            text.Append("| ").Append(MarkdownCells.Name(names(benchmark))).Append(" | ")
                .Append(FigureText.Name(figure).Replace(" ", "\u00a0", StringComparison.Ordinal)).Append(" | <code>")
                .Append(Sparkline.Of(values, Allowance(main, benchmark.Id, figure, result.Thresholds))).Append("</code> | ")
                .Append(present.Count == 0 ? "not measured" : Level(figure, present[0]) + (present.Count > 1 ? "\u00a0→ " + Level(figure, present[^1]) : ""))
                .Append(" | ").Append(current is { } now ? Level(figure, now) : "n/a").Append(" |\n");
        }

        if (rows.Count > MaxRows)
        {
            text.Append("\n… and ").Append((rows.Count - MaxRows).ToString(CultureInfo.InvariantCulture)).Append(" more regressed figures.\n");
        }

        return text.ToString();
    }

    private static string Level(Metric figure, double value) => MarkdownCells.KeepUnits(FigureText.Value(figure, value));

    private static double? Value(HistoryFigures figures, Metric figure) => figure switch
    {
        Metric.AllocatedBytesPerOperation => figures.Memory?.BytesAllocatedPerOperation,
        Metric.RetainedBytesPerOperation => figures.Retained?.BytesPerOperation,
        _ => figures.Memory is { TotalOperations: > 0 } memory ? memory.PerThousandOperations(figure) : null,
    };

    /// <summary>The comparison's allowance for one of main's runs against itself, at the median run: the scale's least span.</summary>
    private static double Allowance(RunHistory main, BenchmarkId id, Metric figure, Thresholds thresholds)
    {
        var figures = main.Runs.Select(run => run.Benchmarks.GetValueOrDefault(id)).OfType<HistoryFigures>().ToList();
        var memory = figures.Select(f => f.Memory).OfType<MemoryMetrics>().Where(m => m.TotalOperations > 0).ToList();
        var floor = figure switch
        {
            Metric.AllocatedBytesPerOperation => NoiseFloor.Allocated(memory, thresholds),
            Metric.RetainedBytesPerOperation => NoiseFloor.Retained(figures.Select(f => f.Retained).OfType<RetainedMemory>(), thresholds),
            _ => NoiseFloor.CollectionRate(figure, memory, thresholds),
        };
        return floor / NoiseFloor.ShareOfAllowance;
    }

    // The report's names: the id without its namespace.
    private static Func<BenchmarkComparison, string> DisplayNames(ComparisonResult result)
    {
        var names = Report.DisplayNames.For(result.Benchmarks);
        return benchmark => names[benchmark.Id];
    }
}
