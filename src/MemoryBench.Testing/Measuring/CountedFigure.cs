namespace MemoryBench.Testing.Measuring;

/// <summary>The sum of the rounds a figure is taken from.</summary>
/// <param name="AllocatedBytes">Bytes the rounds counted for (slack left out).</param>
/// <param name="Calls">Calls in the rounds.</param>
/// <param name="Collections">Collections during the rounds.</param>
/// <param name="Counting">Whose allocations were counted: the calling thread's unless a round was counted process-wide.</param>
/// <param name="IsSteady">Whether the rounds settled to a steady level (see <see cref="AllocationMeasurement.IsSteady"/>).</param>
/// <param name="LumpPeriods">Whole periods of a lump the rounds span (0: the code allocated the same every round).</param>
internal sealed record CountedFigure(
    long AllocatedBytes,
    long Calls,
    Collections Collections,
    AllocationCounting Counting,
    bool IsSteady,
    int LumpPeriods)
{
    /// <summary>The rounds' sums, each round counted with <paramref name="countedBytes"/> in place of what it read.</summary>
    public static CountedFigure Of(IEnumerable<Round> rounds, Func<Round, long> countedBytes, bool isSteady, int lumpPeriods)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        ArgumentNullException.ThrowIfNull(countedBytes);
        var bytes = 0L;
        var calls = 0L;
        var collections = default(Collections);
        var counting = AllocationCounting.CurrentThread;
        foreach (var round in rounds)
        {
            bytes += countedBytes(round);
            calls += round.Calls;
            collections += round.Collections;
            if (round.Counting == AllocationCounting.Process)
            {
                counting = AllocationCounting.Process;
            }
        }

        return new CountedFigure(bytes, calls, collections, counting, isSteady, lumpPeriods);
    }
}
