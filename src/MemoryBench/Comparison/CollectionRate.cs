namespace MemoryBench.Comparison;

/// <summary>
/// A collection count over the operations it was taken over, as a rate per 1,000 operations with
/// its counting noise.
/// </summary>
/// <remarks>
/// Why this noise model: BenchmarkDotNet counts the collections of one measured iteration, an
/// integer that depends on where in the GC's allocation budget the iteration starts and on how the
/// runtime tunes that budget. Collections behave like rare events, so a count k is uncertain by
/// about √k (Poisson), and by one more because a collection just before or after the iteration's
/// edge moves in or out of it (quantisation). ±(√k + 1) therefore never claims a change from 0 to
/// 1 or from 100 to 110, yet still sees a doubling of a count of ten or more.
/// </remarks>
/// <param name="Count">Collections counted.</param>
/// <param name="Operations">Operations they were counted over; more than zero.</param>
public readonly record struct CollectionRate(long Count, long Operations)
{
    private const double PerOperations = 1_000;

    /// <summary>Collections per 1,000 operations.</summary>
    public double PerThousandOperations => Count * PerOperations / Operations;

    /// <summary>The counting noise ±(√k + 1), in collections per 1,000 operations.</summary>
    public double NoisePerThousandOperations => (Math.Sqrt(Count) + 1) * PerOperations / Operations;
}
