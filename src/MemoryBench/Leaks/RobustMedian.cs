using Perfolizer.Mathematics.ScaleEstimators;
using Pragmastat;

namespace MemoryBench.Leaks;

/// <summary>
/// The median of a small sample and its standard error from the median absolute deviation: both ignore up to half of
/// the values being far off, so a few outliers neither move the estimate nor widen its uncertainty.
/// </summary>
/// <param name="Median">The sample median.</param>
/// <param name="StandardError">
/// sqrt(pi/2) sigma / sqrt(n), the standard error of a median of normal data, with sigma estimated by Perfolizer's
/// median absolute deviation (scaled to be unbiased for normal data at small n). Zero when more than half the values
/// are equal.
/// </param>
internal sealed record RobustMedian(double Median, double StandardError)
{
    public static RobustMedian Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
        {
            throw new ArgumentException("A median with a standard error needs at least two values.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
        var sigma = MedianAbsoluteDeviationEstimator.Simple.Mad(new Sample(sorted));
        return new RobustMedian(median, Math.Sqrt(Math.PI / 2) * sigma / Math.Sqrt(n));
    }
}
