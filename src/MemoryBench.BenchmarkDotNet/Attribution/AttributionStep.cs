using BenchmarkDotNet.Reports;
using MemoryBench.Attribution;
using MemoryBench.Comparison;
using MemoryBench.Gate;
using MemoryBench.Report;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>The harness's step after the comparison: profile the benchmarks the mode asks for, then report what grew.</summary>
internal static class AttributionStep
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
        var chosen = Chosen(mode, reports, FailingKeys(result));
        if (chosen.Count == 0 || Profile(chosen, Censused(mode, result), runFolder, output) == 0)
        {
            return result;
        }

        var judged = GateCheck.Run(request);
        output.Write(WhatGrewConsole.Render(judged.WhatGrew));
        return judged.Result;
    }

    /// <summary>
    /// For a run that is compared elsewhere (the gate compares after the run, shards are compared together): judges
    /// the run against the baseline without writing any report, only to choose what to profile, so the comparison
    /// that follows finds the profiles in the run folder. Without a baseline only <see cref="AttributionMode.All"/>
    /// profiles anything.
    /// </summary>
    public static void BeforeComparison(AttributionMode mode, GateRequest request, IReadOnlyList<BenchmarkReport> reports, string runFolder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(request);
        var judged = mode == AttributionMode.Failing && File.Exists(request.BaselinePath)
            ? GateCheck.Run(request with { MarkdownPath = null, JsonPath = null }).Result
            : null;
        var chosen = Chosen(mode, reports, judged is null ? [] : FailingKeys(judged));
        if (chosen.Count > 0)
        {
            Profile(chosen, Censused(mode, judged), runFolder, output);
        }
    }

    // Attribution explains a verdict and never changes it: a run that cannot be profiled (no diagnostics port, a
    // trace that cannot be read) is reported and the gate goes on with the verdicts it has.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031", Justification = "Attribution is advisory; see the comment.")]
    private static int Profile(List<BenchmarkReport> chosen, Func<string, bool> censused, string runFolder, TextWriter output)
    {
        try
        {
            return AttributionRun.Run(chosen, censused, runFolder, output);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            output.WriteLine($"// Allocation sampling failed, so the report cannot say what grew: {error.GetType().Name}: {error.Message}");
            return 0;
        }
    }

    private static HashSet<string> FailingKeys(ComparisonResult result) =>
        result.Benchmarks
            .Where(WhatGrewSelection.NeedsAttribution)
            .Select(benchmark => ProfiledRun.KeyOf(benchmark.Current!.Name))
            .ToHashSet(StringComparer.Ordinal);

    // Heap snapshots for the leaks (or every benchmark with --attribution all): what a leak keeps, by type.
    private static Func<string, bool> Censused(AttributionMode mode, ComparisonResult? result)
    {
        if (mode == AttributionMode.All)
        {
            return _ => true;
        }

        var leaking = result?.Benchmarks
            .Where(WhatGrewSelection.NeedsRetainedTypes)
            .Select(benchmark => ProfiledRun.KeyOf(benchmark.Current!.Name))
            .ToHashSet(StringComparer.Ordinal) ?? [];
        return leaking.Contains;
    }

    private static List<BenchmarkReport> Chosen(AttributionMode mode, IReadOnlyList<BenchmarkReport> reports, HashSet<string> failing) =>
        mode switch
        {
            AttributionMode.All => [.. reports.Where(report => report.Success)],
            AttributionMode.Failing => [.. reports.Where(report => report.Success && failing.Contains(AttributionKey.Of(report.BenchmarkCase)))],
            _ => [],
        };
}
