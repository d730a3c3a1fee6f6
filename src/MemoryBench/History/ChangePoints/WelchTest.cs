using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace MemoryBench.History.ChangePoints;

/// <summary>
/// Welch's two-sample t-test of the values on either side of a split, with each side's standard deviation at least the
/// series' noise floor. Welch's rather than Student's pooled test (which Hunter uses): a lone outlier then widens only
/// its own side's variance, so it never reads as a significant step next to a quiet side; the floor keeps a series that
/// does not vary at all (allocated bytes of deterministic code) from making every tiny difference infinitely significant.
/// </summary>
internal static class WelchTest
{
    /// <summary>Degrees of freedom that make Student's distribution the normal one, to well past the digits that matter.</summary>
    private const double KnownVariance = 1e6;

    /// <summary>The two-sided p-value of the difference between the means of values[start..split) and values[split..end).</summary>
    public static double PValue(ReadOnlySpan<double> values, int start, int split, int end, double floor)
    {
        var (t, degrees) = Statistic(values, start, split, end, floor);
        return double.IsPositiveInfinity(t) ? 0 : t == 0 ? 1 : 2 * (1 - new StudentDistribution(degrees).Cdf(t));
    }

    /// <summary>|t| and its Welch-Satterthwaite degrees of freedom; a larger |t| separates the sides better.</summary>
    public static (double T, double Degrees) Statistic(ReadOnlySpan<double> values, int start, int split, int end, double floor)
    {
        var (leftMean, leftVariance) = MeanAndVariance(values[start..split]);
        var (rightMean, rightVariance) = MeanAndVariance(values[split..end]);
        var floorVariance = floor * floor;
        var leftShare = Math.Max(leftVariance, floorVariance) / (split - start);
        var rightShare = Math.Max(rightVariance, floorVariance) / (end - split);
        var standardError = Math.Sqrt(leftShare + rightShare);
        if (standardError == 0)
        {
            return (leftMean == rightMean ? 0 : double.PositiveInfinity, 1);
        }

        // Welch-Satterthwaite. When neither side varies at all, both stand at the floor, a known variance that adds no
        // uncertainty of its own: three runs at a new steady figure are as sure as the floor says. Once either side
        // varies, both are estimates, and a short side that happens to vary little must not pass for a known one.
        var degrees = leftVariance == 0 && rightVariance == 0
            ? KnownVariance
            : (leftShare + rightShare) * (leftShare + rightShare)
                / ((leftShare * leftShare / (split - start - 1)) + (rightShare * rightShare / (end - split - 1)));
        return (Math.Abs(rightMean - leftMean) / standardError, degrees);
    }

    public static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum / values.Length;
    }

    private static (double Mean, double Variance) MeanAndVariance(ReadOnlySpan<double> values)
    {
        var mean = Mean(values);
        var squares = 0.0;
        foreach (var value in values)
        {
            squares += (value - mean) * (value - mean);
        }

        return (mean, values.Length > 1 ? squares / (values.Length - 1) : 0);
    }
}
