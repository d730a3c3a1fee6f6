using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace MemoryBench.Leaks;

/// <summary>
/// A distribution-free confidence interval for the median: the order statistics that bracket it
/// with at least the requested coverage, by the binomial distribution of values below the median.
/// </summary>
/// <param name="Median">The sample median.</param>
/// <param name="Lower">The lower order statistic.</param>
/// <param name="Upper">The upper order statistic.</param>
/// <param name="Coverage">The interval's exact coverage (at least the requested one when the sample is big enough).</param>
internal sealed record MedianInterval(double Median, double Lower, double Upper, double Coverage)
{
    /// <summary>The interval's half width expressed in standard errors of a normal estimate with the same coverage.</summary>
    public double StandardError
    {
        get
        {
            var z = NormalDistribution.Standard.Quantile((1 + Coverage) / 2);
            return (Upper - Lower) / (2 * z);
        }
    }

    public static MedianInterval Of(IReadOnlyList<double> values, double requestedCoverage)
    {
        if (values.Count < 2)
        {
            throw new ArgumentException("A median interval needs at least two values.", nameof(values));
        }

        if (values.Count > BinomialCoefficientHelper.MaxAcceptableN)
        {
            throw new ArgumentException($"A median interval takes at most {BinomialCoefficientHelper.MaxAcceptableN} values.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;

        // Widen from the outermost pair inwards while the coverage stays at least the requested one;
        // small samples keep the outermost pair, whatever its coverage.
        var lowerRank = 1;
        while (lowerRank < n / 2 && CoverageBetween(lowerRank + 1, n) >= requestedCoverage)
        {
            lowerRank++;
        }

        return new MedianInterval(median, sorted[lowerRank - 1], sorted[n - lowerRank], CoverageBetween(lowerRank, n));
    }

    /// <summary>P(the k-th smallest of n values &lt;= median &lt;= the k-th largest) = 1 - 2 P(Binomial(n, 1/2) &lt; k).</summary>
    private static double CoverageBetween(int lowerRank, int n)
    {
        double below = 0;
        for (var i = 0; i < lowerRank; i++)
        {
            below += BinomialCoefficientHelper.BinomialCoefficient(n, i);
        }

        return 1 - (2 * below / Math.Pow(2, n));
    }
}
