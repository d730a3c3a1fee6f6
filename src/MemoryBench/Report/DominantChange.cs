using System.Globalization;
using MemoryBench.Comparison;

namespace MemoryBench.Report;

/// <summary>
/// The kind of change most regressions share, said once under the verdict line, so a reviewer does not have to read
/// every row to learn that fourteen of them are "Gen0 up about 4×, allocated bytes unchanged".
/// </summary>
internal static class DominantChange
{
    /// <summary>
    /// "Mostly Gen0 collections: 10 of 10 regressions collect more often (median ×4.5), allocated bytes unchanged in
    /// all 10."; null with fewer than two regressions or when no kind of change accounts for more than half of them.
    /// </summary>
    /// <param name="result">The comparison.</param>
    /// <param name="ascii">Plain ASCII signs, for consoles that may not show Unicode.</param>
    public static string? Of(ComparisonResult result, bool ascii = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var regressed = result.Benchmarks.Where(b => b.Verdict == Verdict.Regressed).ToList();
        if (regressed.Count < 2)
        {
            return null;
        }

        var (metric, findings) = regressed
            .SelectMany(b => b.Findings.Where(f => f.Kind == FindingKind.Regression).DistinctBy(f => f.Metric))
            .GroupBy(f => f.Metric)
            .Select(group => (Metric: group.Key, Findings: group.ToList()))
            .OrderByDescending(group => group.Findings.Count)
            .ThenBy(group => group.Metric)
            .First();
        if (findings.Count * 2 <= regressed.Count)
        {
            return null;
        }

        var share = $"{Count(findings.Count)} of {Count(regressed.Count)} regressions";
        return metric switch
        {
            Metric.AllocatedBytesPerOperation =>
                $"Mostly allocations: {share} allocate more (median {DeltaText.SignedSize(Median(findings, f => f.Current - f.Baseline), ascii)}/op).",
            Metric.Gen0Collections or Metric.Gen1Collections or Metric.Gen2Collections =>
                $"Mostly {FindingText.Label(metric)} collections: {share} collect more often{MedianRatio(findings, ascii)}" +
                $"{AllocationsUnchanged(regressed, metric, findings.Count)}.",
            Metric.RetainedBytesPerOperation => $"Mostly leaks: {share} retain more memory per operation.",
            Metric.Time => $"Mostly time: {share} got slower.",
            _ => null,
        };
    }

    // A GC regression without more allocation points at what survives or at the GC's settings, not at what is allocated.
    private static string AllocationsUnchanged(IReadOnlyList<BenchmarkComparison> regressed, Metric metric, int count)
    {
        var unchanged = regressed.Count(b =>
            b.Findings.Any(f => f.Metric == metric && f.Kind == FindingKind.Regression)
            && !b.Findings.Any(f => f.Metric == Metric.AllocatedBytesPerOperation && f.Kind == FindingKind.Regression));
        return unchanged switch
        {
            0 => "",
            _ when unchanged == count => count == 2 ? ", allocated bytes unchanged in both" : $", allocated bytes unchanged in all {Count(count)}",
            _ => $", allocated bytes unchanged in {Count(unchanged)} of them",
        };
    }

    private static string MedianRatio(IReadOnlyList<Finding> findings, bool ascii)
    {
        var ratios = findings.Where(f => f.Baseline > 0 && f.Current is not null).Select(f => f.Current!.Value / f.Baseline!.Value).ToList();
        return ratios.Count == 0 ? "" : $" (median {(ascii ? "x" : "\u00d7")}{NumberText.Significant(Median(ratios), 2)})";
    }

    private static double Median(IReadOnlyList<Finding> findings, Func<Finding, double?> figure) =>
        Median([.. findings.Select(figure).OfType<double>()]);

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
