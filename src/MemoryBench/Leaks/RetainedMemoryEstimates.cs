using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Leaks;

/// <summary>
/// The two estimates of retained memory made from the same samples, and the one a verdict goes by.
/// </summary>
/// <param name="BatchMedian">The median of per-batch increases (<see cref="RetainedMemoryEstimator"/>): exact for a steady leak and blind to growth that happened once.</param>
/// <param name="SpanGrowth">The growth over the whole span (<see cref="SpanGrowthEstimator"/>): the amortised cost of storage that grows in lumps.</param>
internal sealed record RetainedMemoryEstimates(RetainedMemory BatchMedian, RetainedMemory SpanGrowth)
{
    /// <summary>
    /// The estimate that is surer the benchmark retains memory: the larger lower bound (estimate less three standard
    /// errors). A leak either estimate proves is reported; neither proves one from growth that happened once.
    /// </summary>
    public RetainedMemory Retained => LowerBound(SpanGrowth) > LowerBound(BatchMedian) ? SpanGrowth : BatchMedian;

    /// <param name="samples">Samples after warm-up, in the order they were taken; operations strictly increasing.</param>
    public static RetainedMemoryEstimates Of(IReadOnlyList<HeapSample> samples) =>
        new(RetainedMemoryEstimator.Estimate(samples), SpanGrowthEstimator.Estimate(samples));

    private static double LowerBound(RetainedMemory estimate) =>
        estimate.BytesPerOperation - (RetainedSignificance.StandardErrors * estimate.StandardErrorBytes);
}
