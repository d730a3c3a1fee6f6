namespace MemoryBench.History.Analysis;

/// <summary>Which runs count as recent: the last N, the ones a change must start in to fail <c>history report --fail-on-change</c>.</summary>
internal static class HistoryWindow
{
    /// <summary>The index of the first recent run; 0 (every run) when no window is given.</summary>
    public static int FirstRecentRun(int runs, int? last) => last is { } count ? Math.Max(0, runs - count) : 0;
}
