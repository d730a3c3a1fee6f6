using System.Collections.Immutable;

namespace MemoryBench.History;

/// <summary>The runs of a history, oldest first.</summary>
/// <param name="Runs">Ordered by time, then by commit.</param>
internal sealed record RunHistory(ImmutableArray<HistoryRun> Runs)
{
    /// <summary>The runs in the history's order: by time, then by commit, whatever order they were read in.</summary>
    public static RunHistory Of(IEnumerable<HistoryRun> runs) =>
        new([.. runs.OrderBy(run => run.Time).ThenBy(run => run.Commit, StringComparer.Ordinal)]);
}
