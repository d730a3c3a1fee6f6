namespace MemoryBench.Attribution;

/// <summary>
/// How many allocated bytes one sample stands for, and how uncertain that is, under .NET 10's randomized
/// allocation sampling.
/// </summary>
/// <remarks>
/// The runtime does a Bernoulli trial with success probability p = 1/102400 on every allocated byte and reports
/// an object when one of its bytes succeeds, so an object of s bytes is sampled with probability 1 - q^s
/// (q = 1 - p). Weighting each sampled object by the inverse of that probability (Horvitz-Thompson):
/// <code>
///   estimated bytes    = sum over samples of  w(s) = s / (1 - q^s)
///   estimated variance = sum over samples of  w(s)^2 * q^s
/// </code>
/// is unbiased for any mix of sizes (E[w(s) * sampled] = s per object) and its variance estimate is unbiased too
/// (each object contributes s^2 q^s / (1 - q^s), which is E[w(s)^2 q^s * sampled]). A small object counts for
/// about 100 KB (w(24) = 102,412 B); an object of a megabyte counts for itself. A type of b bytes per operation
/// over n operations gets about b*n/102400 samples and a relative standard error of about 1/sqrt(samples).
/// </remarks>
internal static class SampledBytes
{
    /// <summary>The mean number of bytes between two samples (1/p).</summary>
    public const double MeanSamplingDistance = 102_400;

    /// <summary>The probability that a byte is not the sampled one: q = 1 - 1/102400.</summary>
    private static readonly double LogQ = Math.Log(1 - (1 / MeanSamplingDistance));

    /// <summary>The bytes one sampled object of <paramref name="objectSize"/> bytes stands for: s / (1 - q^s).</summary>
    public static double Weight(long objectSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(objectSize);
        // 1 - q^s computed as -expm1(s ln q): for small s, 1 - Math.Pow(q, s) loses most of its digits.
        return objectSize / -ExpMinusOne(objectSize * LogQ);
    }

    /// <summary>The sample's contribution to the estimate's variance: w(s)^2 q^s.</summary>
    public static double VarianceTerm(long objectSize)
    {
        var weight = Weight(objectSize);
        return weight * weight * Math.Exp(objectSize * LogQ);
    }

    private static double ExpMinusOne(double x) =>
        // Math has no expm1; for |x| below 1e-5 two terms of its series are exact to double precision.
        Math.Abs(x) < 1e-5 ? x + (x * x / 2) + (x * x * x / 6) : Math.Exp(x) - 1;
}
