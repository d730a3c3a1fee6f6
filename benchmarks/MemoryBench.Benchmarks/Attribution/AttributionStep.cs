using BenchmarkDotNet.Reports;
using MemoryBench.Attribution;
using MemoryBench.Comparison;
using MemoryBench.Gate;
using MemoryBench.Report;

namespace MemoryBench.Benchmarks.Attribution;

/// <summary>The harness's step after the comparison: profile the benchmarks the mode asks for, then report what grew.</summary>
public static class AttributionStep
{
    /// <summary>
    /// Profiles the failing benchmarks (or all), then judges again so the markdown report and the verdicts JSON get
    /// their "What grew"; prints a few lines per attributed benchmark.
    /// </summary>
    /// <returns>The comparison, judged again when profiles were taken (the verdicts are the same).</returns>
    public static ComparisonResult AfterComparison(
        AttributionMode mode, ComparisonResult result, GateRequest request, IReadOnlyList<BenchmarkReport> reports, string runFolder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var failing = result.Benchmarks
            .Where(WhatGrewSelection.NeedsAttribution)
            .Select(benchmark => ProfiledRun.KeyOf(benchmark.Current!.Name))
            .ToHashSet(StringComparer.Ordinal);
        var chosen = Chosen(mode, reports, failing);
        if (chosen.Count == 0 || AttributionRun.Run(chosen, runFolder, output) == 0)
        {
            return result;
        }

        var judged = GateCheck.Run(request);
        output.WriteLine();
        output.Write(WhatGrewConsole.Render(WhatGrewSelection.For(judged, AllocationProfileStore.ReadAll([runFolder]))));
        return judged;
    }

    /// <summary>Profiles every benchmark of a run that is not compared (to make a baseline with profiles).</summary>
    public static void WithoutComparison(AttributionMode mode, IReadOnlyList<BenchmarkReport> reports, string runFolder, TextWriter output)
    {
        if (mode == AttributionMode.All)
        {
            AttributionRun.Run(Chosen(mode, reports, new HashSet<string>()), runFolder, output);
        }
    }

    private static List<BenchmarkReport> Chosen(AttributionMode mode, IReadOnlyList<BenchmarkReport> reports, HashSet<string> failing) =>
        mode switch
        {
            AttributionMode.All => [.. reports.Where(report => report.Success)],
            AttributionMode.Failing => [.. reports.Where(report => report.Success && failing.Contains(AttributionKey.Of(report.BenchmarkCase)))],
            _ => [],
        };
}
