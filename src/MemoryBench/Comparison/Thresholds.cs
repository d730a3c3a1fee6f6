namespace MemoryBench.Comparison;

/// <summary>How far a figure may move before it counts as a change.</summary>
/// <param name="AllocatedBytesTolerance">
/// Allocated bytes/op may grow by this many bytes plus <paramref name="AllocatedRelativeTolerance"/> of the baseline.
/// </param>
/// <param name="AllocatedRelativeTolerance">Relative part of the allocation tolerance (0.001 = 0.1%).</param>
/// <param name="GcRateRelativeTolerance">Collections per operation may grow by this fraction, on top of counting noise.</param>
/// <param name="TimeRelativeThreshold">Null: time not gated. Otherwise the relative slowdown that counts as a regression.</param>
/// <param name="RetainedBytesTolerance">Retained bytes/op above this (and above its uncertainty) is a leak.</param>
public sealed record Thresholds(
    double AllocatedBytesTolerance,
    double AllocatedRelativeTolerance,
    double GcRateRelativeTolerance,
    double? TimeRelativeThreshold,
    double RetainedBytesTolerance)
{
    // Allocated bytes/op are near deterministic, so the gate is tight: the tolerance must stay below one
    // 24-byte object per operation on every benchmark under 1 MB/op (8 B + 0.0005% of 1 MiB = 13.2 B).
    private const double DefaultAllocatedBytesTolerance = 8;
    private const double DefaultAllocatedRelativeTolerance = 0.000_005;

    // Counting noise is allowed for separately (see GcCountRule); this covers what it does not model.
    private const double DefaultGcRateRelativeTolerance = 0.10;

    // BenchmarkDotNet counts allocations process-wide, so what other threads allocate while the operations are
    // counted lands in the figure, divided by the operations: a few kilobytes per measurement, and more per Gen2
    // collection (the runtime's work after a full collection, such as the pools' trimming callbacks). The figures
    // that set these: docs/measurements.md, "Where the allowances come from".
    private const double DefaultOtherThreadsBytesPerMeasurement = 4_096;
    private const double DefaultOtherThreadsBytesPerGen2Collection = 8_192;

    // Below half the amortised cost of the smallest collection that grows with every call (a List<long>, 8 to 16 B/op),
    // and above what the suite's non-leaking cases read (docs/measurements.md).
    private const double DefaultRetainedBytesTolerance = 4;

    /// <summary>
    /// Bytes other threads may allocate while one benchmark's allocations are counted; divided by the counted
    /// operations it widens the allocation allowance, which therefore stays tight for cheap benchmarks
    /// (many operations) and loosens only for expensive ones.
    /// </summary>
    public double OtherThreadsBytesPerMeasurement { get; init; } = DefaultOtherThreadsBytesPerMeasurement;

    /// <summary>Bytes other threads may allocate around each Gen2 collection during the counted operations.</summary>
    public double OtherThreadsBytesPerGen2Collection { get; init; } = DefaultOtherThreadsBytesPerGen2Collection;

    /// <summary>The thresholds used when the user gives none: tight allocations, time not gated.</summary>
    public static Thresholds Default { get; } = new(
        DefaultAllocatedBytesTolerance,
        DefaultAllocatedRelativeTolerance,
        DefaultGcRateRelativeTolerance,
        TimeRelativeThreshold: null,
        DefaultRetainedBytesTolerance);

    /// <summary>The defaults, with each value the user gave in its place.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, not finite, or (time) not above zero.</exception>
    public static Thresholds Create(
        double? allocatedBytesTolerance = null,
        double? allocatedRelativeTolerance = null,
        double? gcRateRelativeTolerance = null,
        double? timeRelativeThreshold = null,
        double? retainedBytesTolerance = null)
    {
        RequireNonNegative(allocatedBytesTolerance, nameof(allocatedBytesTolerance));
        RequireNonNegative(allocatedRelativeTolerance, nameof(allocatedRelativeTolerance));
        RequireNonNegative(gcRateRelativeTolerance, nameof(gcRateRelativeTolerance));
        RequireNonNegative(retainedBytesTolerance, nameof(retainedBytesTolerance));
        if (timeRelativeThreshold is { } time && !(double.IsFinite(time) && time > 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(timeRelativeThreshold), time, "The time threshold must be a finite fraction above zero (0.05 = 5%).");
        }

        return new Thresholds(
            allocatedBytesTolerance ?? Default.AllocatedBytesTolerance,
            allocatedRelativeTolerance ?? Default.AllocatedRelativeTolerance,
            gcRateRelativeTolerance ?? Default.GcRateRelativeTolerance,
            timeRelativeThreshold ?? Default.TimeRelativeThreshold,
            retainedBytesTolerance ?? Default.RetainedBytesTolerance);
    }

    private static void RequireNonNegative(double? value, string name)
    {
        if (value is { } given && !(double.IsFinite(given) && given >= 0))
        {
            throw new ArgumentOutOfRangeException(name, given, "A tolerance must be a finite number of zero or more.");
        }
    }
}
