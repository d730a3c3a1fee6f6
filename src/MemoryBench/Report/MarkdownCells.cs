using MemoryBench.Comparison;

namespace MemoryBench.Report;

/// <summary>The cells of a benchmark's row in the markdown report, escaped and of bounded length.</summary>
internal static class MarkdownCells
{
    // Bounds keep one pathological name or reason from eating the whole comment.
    private const int MaxNameLength = 150;
    private const int MaxReasonLength = 400;
    private const int MaxReasons = 4;
    // The arrow keeps to the figure before it, so a narrow cell wraps after it and never starts a line with it.
    private const string Arrow = "\u00a0\u2192 ";

    // A name's longest run without a break opportunity: about 350 px, so the figures keep their columns.
    private const int LongestUnbrokenRun = 48;

    public static string Name(string displayName) =>
        MarkdownText.EscapeBreakable(MarkdownText.Shorten(displayName, MaxNameLength), LongestUnbrokenRun);

    /// <summary>The verdict with its sign, kept on one line so rows stay short.</summary>
    public static string Verdict(Verdict verdict) => verdict switch
    {
        Comparison.Verdict.Failed => "💥\u00a0failed",
        Comparison.Verdict.OverBudget => "⛔\u00a0over\u00a0budget",
        Comparison.Verdict.Regressed => "🔺\u00a0regressed",
        Comparison.Verdict.Improved => "🟢\u00a0improved",
        Comparison.Verdict.Unchanged => "unchanged",
        Comparison.Verdict.New => "🆕\u00a0new",
        Comparison.Verdict.Removed => "➖\u00a0removed",
        Comparison.Verdict.NotRun => "not\u00a0run",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };

    /// <summary>"38.09 KiB → 38.11 KiB", or one figure when both sides read the same.</summary>
    public static string Allocated(BenchmarkComparison benchmark) =>
        SideBySide.Figures(benchmark, memory => Size(memory.BytesAllocatedPerOperation), Arrow);

    /// <summary>"+24 B (+0.11%)" on one line, "new", "removed", or "n/a" when a side has no figure.</summary>
    public static string AllocatedDelta(BenchmarkComparison benchmark) =>
        KeepUnits(SideBySide.AllocatedDelta(benchmark, ascii: false)).Replace(" (", "\u00a0(", StringComparison.Ordinal);

    /// <summary>Gen0/Gen1/Gen2 collections per 1,000 operations on each side: "2.25/0.187/0 → 2.26/0.187/0".</summary>
    public static string GcRates(BenchmarkComparison benchmark) =>
        SideBySide.Figures(benchmark, GcRateText.PerThousandOperations, Arrow);

    /// <summary>
    /// The findings' reasons, one per line; collection counts that were not compared because the environments
    /// differ are left out, the report says so once at the top.
    /// </summary>
    public static string Reasons(BenchmarkComparison benchmark, bool gcCountsComparable)
    {
        var reasons = benchmark.Findings
            .Where(f => gcCountsComparable || f.Kind != FindingKind.NotComparable || !IsCollectionCount(f.Metric))
            .Select(f => MarkdownText.Escape(MarkdownText.Shorten(FindingText.Reason(f), MaxReasonLength)))
            .ToList();
        if (reasons.Count > MaxReasons)
        {
            reasons = [.. reasons.Take(MaxReasons - 1), $"… and {reasons.Count - MaxReasons + 1} more"];
        }

        return string.Join("<br>", reasons);
    }

    /// <summary>A size; sizes from 1 KiB carry the exact bytes in a tooltip, underlined (an abbreviation) so a reader sees there is one.</summary>
    public static string Size(long bytes) =>
        Math.Abs(bytes) < 1024
            ? KeepUnits(ByteSize.Format(bytes))
            : $"<abbr title=\"{ByteSize.Exact(bytes)}\">{KeepUnits(ByteSize.Format(bytes))}</abbr>";

    /// <summary>A non-breaking space before each unit, so a narrow column never wraps "124" away from its "B".</summary>
    public static string KeepUnits(string figure) =>
        figure.Replace(" B", "\u00a0B", StringComparison.Ordinal)
            .Replace(" KiB", "\u00a0KiB", StringComparison.Ordinal)
            .Replace(" MiB", "\u00a0MiB", StringComparison.Ordinal)
            .Replace(" GiB", "\u00a0GiB", StringComparison.Ordinal)
            .Replace(" TiB", "\u00a0TiB", StringComparison.Ordinal);

    private static bool IsCollectionCount(Metric metric) =>
        metric is Metric.Gen0Collections or Metric.Gen1Collections or Metric.Gen2Collections;
}
