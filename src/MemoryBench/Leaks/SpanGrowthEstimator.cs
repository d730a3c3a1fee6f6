using MemoryBench.Model;

namespace MemoryBench.Leaks;

/// <summary>
/// Estimates the bytes retained per operation as the surviving heap's whole growth over the measured span divided by
/// the operations in it: what memory that grows in lumps costs amortised.
/// </summary>
/// <remarks>
/// A collection that grows with every call keeps its elements in an array that doubles now and then: between two
/// doublings the surviving heap does not move, so the median of per-batch increases can read nothing when most batches
/// fall between doublings. Over a span in which the collection at least doubles, the growth divided by the operations
/// is its amortised cost (for a <c>List&lt;long&gt;</c> between 8 and 16 B/op, depending on where the span starts and
/// ends against the doublings). The measurement makes such spans by doubling the operations from batch to batch.
/// The standard error is the jackknife's, leaving out one batch at a time: growth that recurs in every batch (a leak,
/// lumpy or steady) barely moves when a batch is left out, while growth that happened once (a cache built, a bounded
/// collection that resized once) lives in one batch, so leaving it out moves the estimate by about as much as the
/// estimate itself, and it never clears three standard errors.
/// </remarks>
internal static class SpanGrowthEstimator
{
    /// <param name="samples">Samples after warm-up, in the order they were taken; operations strictly increasing.</param>
    public static RetainedMemory Estimate(IReadOnlyList<HeapSample> samples)
    {
        var increases = HeapIncrease.Between(samples);
        var bytes = increases.Sum(increase => (double)increase.Bytes);
        var operations = increases.Sum(increase => (double)increase.Operations);

        var leftOut = increases.Select(increase => (bytes - increase.Bytes) / (operations - increase.Operations)).ToArray();
        var mean = leftOut.Average();
        var n = leftOut.Length;
        var variance = (n - 1) / (double)n * leftOut.Sum(estimate => (estimate - mean) * (estimate - mean));
        return new RetainedMemory(bytes / operations, Math.Sqrt(variance));
    }
}
