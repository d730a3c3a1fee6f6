namespace MemoryBench.Attribution;

/// <summary>
/// How many operations a profiling run needs: enough allocated volume that a type of
/// <see cref="SmallestTypeBytesPerOperation"/> bytes per operation (one small object) is estimated within
/// <see cref="RelativePrecision"/> at 95%, unless that takes longer than <see cref="TimeLimit"/>.
/// </summary>
/// <remarks>
/// A type of b bytes per operation over n operations gets about k = b*n/102400 samples and a relative standard error
/// of about 1/sqrt(k) (see <see cref="SampledBytes"/>), so ±r at 95% needs k = (1.96/r)^2 samples: about 62 for
/// ±25%, i.e. 6.3 MB of that type's allocations. Larger types get more samples over the same operations and finer
/// estimates. The benchmark's total volume is then n times its bytes per operation.
/// </remarks>
internal static class SamplingPlan
{
    public const double SmallestTypeBytesPerOperation = 24;

    public const double RelativePrecision = 0.25;

    /// <summary>Time for the measured operations (the warm-up adds a quarter: see <see cref="MeasuredIterations"/>).</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The measured operations are split into this many iterations; the one warm-up iteration is as long as one of
    /// them, which is plenty for the JIT to reach its final code.
    /// </summary>
    public const int MeasuredIterations = 4;

    /// <summary>Samples a type needs for <see cref="RelativePrecision"/> at 95%.</summary>
    public static double SamplesNeeded => Math.Pow(Estimates.Z95 / RelativePrecision, 2);

    /// <summary>Operations to run, from the benchmark's measured bytes and time per operation.</summary>
    /// <param name="bytesPerOperation">Measured allocated bytes per operation; below 1 nothing is worth sampling.</param>
    /// <param name="nanosecondsPerOperation">Measured time per operation; null when unknown (no time limit applied).</param>
    /// <returns>0 when the benchmark allocates nothing.</returns>
    public static long Operations(double bytesPerOperation, double? nanosecondsPerOperation)
    {
        if (!(bytesPerOperation >= 1))
        {
            return 0;
        }

        var forPrecision = Math.Ceiling(SamplesNeeded * SampledBytes.MeanSamplingDistance / SmallestTypeBytesPerOperation);
        var withinTime = nanosecondsPerOperation is > 0 and var time
            ? Math.Floor(TimeLimit.TotalNanoseconds / time)
            : double.MaxValue;
        return (long)Math.Max(1, Math.Min(forPrecision, withinTime));
    }
}
