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
            [new("Scenario"), new("Wasteful way"), new("Frugal way"), new("Frugal ÷ wasteful", RightAligned: true)],
            pairs.Select(p => (IReadOnlyList<string>)[
                MarkdownCells.Name(p.Description),
                Side(p.Wasteful, result.Thresholds),
                Side(p.Frugal, result.Thresholds),
                p.Ratio is { } ratio ? Ratio(ratio) : "n/a",
            ]),
            "pairs");

        var before =
            $"### Paired scenarios ({pairs.Length.ToString(CultureInfo.InvariantCulture)})\n\n" +
            "Allocated bytes per operation of two ways to do the same job, in the current run.\n\n";
        var ratios = pairs
            .Where(p => p.Ratio is not null)
            .Select(p => (p.Description, p.Ratio!.Value))
            .ToList();
        var after = charts && ratios.Count >= 2
            ? "\n" + MermaidBarChart.Render("Frugal ÷ wasteful allocated bytes (1 = no saving)", "ratio", ratios, "#1a7f37", minimumMaximum: 1)
            : "";
        return new ReportSection(before, table, after + "\n");
    }

    /// <summary>Two decimals like BenchmarkDotNet's "Alloc Ratio", and two significant digits below 0.01.</summary>
    private static string Ratio(double ratio) =>
        ratio >= 0.01 ? ratio.ToString("0.00", CultureInfo.InvariantCulture) : NumberText.Significant(ratio, 2);

    /// <summary>"EagerList: 38.09 KB"; a side that leaks says how much it retains, since that is what its pair is about.</summary>
    private static string Side(BenchmarkResult result, Thresholds thresholds)
    {
        var side = MarkdownCells.Name(result.Name.Method) + ": " + MarkdownCells.Size(result.Memory!.BytesAllocatedPerOperation);
        return RetainedSignificance.Retains(result.Retained, thresholds.RetainedBytesTolerance)
            ? $"{side}, retains {MarkdownCells.KeepUnits(ByteSize.Format(result.Retained!.BytesPerOperation))}/op"
            : side;
    }
}
