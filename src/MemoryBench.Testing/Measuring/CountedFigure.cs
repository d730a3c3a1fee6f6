using MemoryBench.Counting;

namespace MemoryBench.Testing.Measuring;

/// <summary>The sums of the rounds the counting chose, and how sure the figure is.</summary>
/// <param name="AllocatedBytes">Bytes the rounds counted for (a retired allocation context's slack left out).</param>
/// <param name="Calls">Calls in the rounds.</param>
/// <param name="Collections">Collections during the rounds.</param>
/// <param name="Counting">Whose allocations were counted: the calling thread's unless a round was counted process-wide.</param>
/// <param name="IsPrecise">Whether the counting reached its precision before its time limit (see <see cref="AllocationMeasurement.IsPrecise"/>).</param>
/// <param name="LumpPeriods">Whole periods of a lump the rounds span (0: no span aligned to lumps).</param>
/// <param name="ErrorBytesPerCall">The most the figure can be off by lumps cut at the span's ends.</param>
internal sealed record CountedFigure(
    long AllocatedBytes,
    long Calls,
    Collections Collections,
    AllocationCounting Counting,
    bool IsPrecise,
    int LumpPeriods,
    double ErrorBytesPerCall)
{
    /// <summary>The figure of a decision to stop counting, over the rounds it was made on.</summary>
    public static CountedFigure Of(CountingDecision decision, IReadOnlyList<Round> rounds, bool timeUp)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(rounds);
        var span = decision.Span;
        var inside = rounds.Skip(span.First).Take(span.Count).ToArray();
        var counting = inside.Any(round => round.Counting == AllocationCounting.Process)
            ? AllocationCounting.Process
            : AllocationCounting.CurrentThread;
        return new CountedFigure(
            span.AllocatedBytes,
            span.Operations,
            new Collections(span.Gen0Collections, span.Gen1Collections, span.Gen2Collections),
            counting,
            IsPrecise: !timeUp,
            LumpPeriods: span.AlignedToLumps ? span.Lumps : 0,
            ErrorBytesPerCall: decision.ErrorBound);
    }
}
