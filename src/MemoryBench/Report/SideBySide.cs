using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>A benchmark's figure in the baseline and now, and how allocations moved; shared by the markdown and the console.</summary>
internal static class SideBySide
{
    /// <summary>
    /// "before{arrow}after"; one figure when both read the same, or when one side has no result at all (a new or
    /// removed benchmark, which its verdict says). A side with a result but no figure says why.
    /// </summary>
    public static string Figures(BenchmarkComparison benchmark, Func<MemoryMetrics, string> figure, string arrow)
    {
        if (benchmark.Baseline is null || benchmark.Current is null)
        {
            return Side(benchmark.Current ?? benchmark.Baseline, figure);
        }

        var before = Side(benchmark.Baseline, figure);
        var after = Side(benchmark.Current, figure);
        return before == after ? after : before + arrow + after;
    }

    /// <summary>"+24 B (+0.11%)", "new", "removed", or "n/a" when a side has no figure.</summary>
    public static string AllocatedDelta(BenchmarkComparison benchmark, bool ascii) => benchmark switch
    {
        { Verdict: Verdict.New } => "new",
        { Verdict: Verdict.Removed } => "removed",
        { Verdict: Verdict.NotRun } => "not run",
        { Baseline.Memory: { } before, Current: { Failed: false, Memory: { } after } } =>
            DeltaText.Format(before.BytesAllocatedPerOperation, after.BytesAllocatedPerOperation, ascii),
        _ => "n/a",
    };

    private static string Side(BenchmarkResult? result, Func<MemoryMetrics, string> figure) => result switch
    {
        null => "n/a",
        { Failed: true } => "failed",
        { Memory: null } => "not measured",
        { Memory: { } memory } => figure(memory),
    };
}
