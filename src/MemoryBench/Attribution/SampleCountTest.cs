using Perfolizer.Mathematics.Distributions.DiscreteDistributions;

namespace MemoryBench.Attribution;

/// <summary>
/// Whether one type was sampled at the same rate per operation in two profiles: the exact conditional test of two
/// Poisson counts.
/// </summary>
/// <remarks>
/// The runtime picks each allocated byte with the same small probability, so a type's samples over a span are a
/// Poisson count with mean (its bytes per operation × operations) / 102,400 (an object smaller than a few kilobytes
/// is picked about in proportion to its size and counts for about 102,400 bytes, whatever its size). Given the two
/// counts' sum n, the current count is Binomial(n, p0) when the type allocates as much per operation in both runs,
/// with p0 the current run's share of the operations. The test is exact for any counts, where a normal approximation
/// overstates the evidence of a handful of samples against none; for large objects, each of which is sampled, the
/// counts vary less than Poisson and the test is conservative.
/// </remarks>
internal static class SampleCountTest
{
    /// <summary>The two-sided p-value: the chance, were the rates equal, of a split as uneven as this one or more.</summary>
    public static double TwoSidedPValue(int currentSamples, long currentOperations, int baselineSamples, long baselineOperations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(currentSamples);
        ArgumentOutOfRangeException.ThrowIfNegative(baselineSamples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(currentOperations);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(baselineOperations);
        var total = currentSamples + baselineSamples;
        if (total == 0)
        {
            return 1;
        }

        var share = currentOperations / (double)(currentOperations + baselineOperations);
        var split = new BinomialDistribution(total, share);
        var atMost = split.Cdf(currentSamples);
        var atLeast = currentSamples == 0 ? 1 : 1 - split.Cdf(currentSamples - 1);
        return Math.Min(1, 2 * Math.Min(atMost, atLeast));
    }
}
