namespace MemoryBench.Leaks;

/// <summary>
/// The operations per measured batch of a retained-memory measurement: each batch twice the one before, so a collection
/// that grows with the calls about doubles within every batch and each batch holds one of its lumps.
/// </summary>
internal static class GeometricBatches
{
    /// <summary>Operations per batch: <paramref name="first"/>, twice that, four times, and so on.</summary>
    /// <remarks>The last batch is as long as all the others together, so the measurement's length grows with the batches' count as 2^n.</remarks>
    public static long[] Plan(int first, int batches)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batches, RetainedMemoryEstimator.MinimumSamples - 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batches, 32);
        return [.. Enumerable.Range(0, batches).Select(batch => (long)first << batch)];
    }

    /// <summary>
    /// How many doubling batches fit in <paramref name="budget"/> when the first takes <paramref name="firstBatch"/>:
    /// as many as fit, but never fewer than <paramref name="fewest"/> nor more than <paramref name="most"/>.
    /// </summary>
    /// <remarks>Slow operations get fewer doublings: nine of them make 511 first batches' worth of calls.</remarks>
    public static int CountWithin(TimeSpan budget, TimeSpan firstBatch, int fewest, int most)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fewest, RetainedMemoryEstimator.MinimumSamples - 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(most, fewest);
        var count = fewest;
        while (count < most && firstBatch.Ticks * ((1L << (count + 1)) - 1) <= budget.Ticks)
        {
            count++;
        }

        return count;
    }
}
