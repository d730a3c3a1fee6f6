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
/// Its standard error comes from the median absolute deviation of the increases, which ignores the same jumps: a
/// leaking dictionary that doubles its storage twice during the measurement still reads as a significant leak of
/// what every call keeps (the storage itself, growing in lumps, is not counted per operation).
/// </remarks>
public static class RetainedMemoryEstimator
{
    /// <summary>The fewest samples (after warm-up) the estimate accepts: two increases.</summary>
    public const int MinimumSamples = 3;

    /// <param name="samples">Samples after warm-up, in the order they were taken; operations strictly increasing.</param>
    public static RetainedMemory Estimate(IReadOnlyList<HeapSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < MinimumSamples)
        {
            throw new ArgumentException($"Retained memory needs at least {MinimumSamples} samples, got {samples.Count}.", nameof(samples));
        }

        var bytesPerOperation = new double[samples.Count - 1];
        for (var i = 1; i < samples.Count; i++)
        {
            var operations = samples[i].Operations - samples[i - 1].Operations;
            if (operations <= 0)
            {
                throw new ArgumentException(
                    $"Sample {i} has {samples[i].Operations} operations, not more than the {samples[i - 1].Operations} before it.",
                    nameof(samples));
            }

            bytesPerOperation[i - 1] = (samples[i].SurvivingBytes - samples[i - 1].SurvivingBytes) / (double)operations;
        }

        var median = RobustMedian.Of(bytesPerOperation);
        return new RetainedMemory(median.Median, median.StandardError);
    }
}
