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
    double RetainedBytesTolerance);
