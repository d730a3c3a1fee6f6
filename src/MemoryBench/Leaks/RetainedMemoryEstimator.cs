using MemoryBench.Model;

namespace MemoryBench.Leaks;

/// <summary>
/// Estimates the bytes retained per operation from the heap surviving full collections after successive batches.
/// </summary>
/// <remarks>
/// The estimate is the median, over consecutive samples, of the surviving-heap increase divided by the operations
/// between them (the median of first differences), not a least-squares line through the samples. The surviving heap
/// measured after a full collection is exact to the byte: between batches it either grows by what the code keeps or
/// jumps once when something is built lazily (a cache, a runtime structure, a collection's backing array doubling).
/// A least-squares slope turns one such jump in the middle of a short series into a steady "leak"; the median of
/// the increases ignores jumps in fewer than half of the batches and reports what a typical batch keeps.
/// Its standard error comes from the median absolute deviation of the increases, which ignores the same jumps.
/// Over batches that double (the measurement's), a collection that grows with the calls doubles its storage in about
/// every batch, so the typical batch holds one of its lumps; where it does not, <see cref="SpanGrowthEstimator"/>
/// reads the storage at its amortised cost, and <see cref="RetainedMemoryEstimates"/> goes by the surer of the two.
/// </remarks>
internal static class RetainedMemoryEstimator
{
    /// <summary>The fewest samples (after warm-up) the estimate accepts: two increases.</summary>
    public const int MinimumSamples = 3;

    /// <param name="samples">Samples after warm-up, in the order they were taken; operations strictly increasing.</param>
    public static RetainedMemory Estimate(IReadOnlyList<HeapSample> samples)
    {
        var median = RobustMedian.Of([.. HeapIncrease.Between(samples).Select(increase => increase.BytesPerOperation)]);
        return new RetainedMemory(median.Median, median.StandardError);
    }
}
