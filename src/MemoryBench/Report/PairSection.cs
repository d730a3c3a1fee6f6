using System.Globalization;
using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>The paired scenarios of the current run: what the frugal way allocates against the wasteful way.</summary>
internal static class PairSection
{
    public static ReportSection? Build(ComparisonResult result, bool charts)
    {
        var pairs = ScenarioPairs.From(result.Benchmarks.Select(b => b.Current).OfType<BenchmarkResult>());
        if (pairs.Length == 0)
        {
            return null;
        }

        var table = MarkdownTable.Of(
            [new("Scenario"), new("Wasteful way"), new("Frugal way"), new("Saved", RightAligned: true)],
            pairs.Select(p => (IReadOnlyList<string>)[
                MarkdownCells.Name(p.Description),
                Side(p.Wasteful, result.Thresholds),
                Side(p.Frugal, result.Thresholds),
                SavingCell(p, result.Thresholds),
            ]),
            "pairs");

        var before =
            $"### Paired scenarios ({pairs.Length.ToString(CultureInfo.InvariantCulture)})\n\n" +
            "Two ways to do the same job, in the current run: allocated bytes per operation, and what the frugal way saves (of retained bytes where the wasteful way leaks).\n\n";
        var savings = pairs
            .Select(p => (p.Description, Saving: Saving(p, result.Thresholds)))
            .Where(p => p.Saving is not null)
            .Select(p => (p.Description, p.Saving!.Value))
            .ToList();
        // Longer is better on every bar: the share the frugal way saves, 0 (no saving) to 100 (nothing left).
        var after = charts && savings.Count >= 2
            ? "\n" + MermaidBarChart.Render("Saved by the frugal way, % (longer is better)", "% saved", savings, "#1a7f37", minimumMaximum: 100)
            : "";
        return new ReportSection(before, table, after + "\n");
    }

    /// <summary>
    /// The percentage the frugal way saves: of retained bytes when the wasteful way leaks (that is what such a pair
    /// shows), else of allocated bytes; null when the wasteful way has nothing to save.
    /// </summary>
    private static double? Saving(ScenarioPair pair, Thresholds thresholds)
    {
        if (Leaks(pair, thresholds))
        {
            var frugalRetained = Math.Max(0, pair.Frugal.Retained?.BytesPerOperation ?? 0);
            return Math.Max(0, 100 * (1 - (frugalRetained / pair.Wasteful.Retained!.BytesPerOperation)));
        }

        return pair.Ratio is { } ratio ? Math.Max(0, 100 * (1 - ratio)) : null;
    }

    /// <summary>"42.5%", or "99.8% retained" for a pair about a leak, the same figure the chart draws.</summary>
    private static string SavingCell(ScenarioPair pair, Thresholds thresholds) => Saving(pair, thresholds) is { } saving
        ? NumberText.Significant(saving) + "%" + (Leaks(pair, thresholds) ? "\u00a0retained" : "")
        : "n/a";

    private static bool Leaks(ScenarioPair pair, Thresholds thresholds) =>
        RetainedSignificance.Retains(pair.Wasteful.Retained, thresholds.RetainedBytesTolerance);

    /// <summary>"EagerList: 38.09 KiB"; a side that leaks says how much it retains, since that is what its pair is about.</summary>
    private static string Side(BenchmarkResult result, Thresholds thresholds)
    {
        var side = MarkdownCells.Name(result.Name.Method) + ": " + MarkdownCells.Size(result.Memory!.BytesAllocatedPerOperation);
        return RetainedSignificance.Retains(result.Retained, thresholds.RetainedBytesTolerance)
            ? $"{side}, retains {MarkdownCells.KeepUnits(ByteSize.Format(result.Retained!.BytesPerOperation))}/op"
            : side;
    }
}
