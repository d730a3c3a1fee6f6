using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>
/// Retained bytes/op against the baseline: a benchmark that now keeps memory per operation it did not
/// keep before has a leak ("leak introduced"); one that keeps significantly less has fixed one.
/// </summary>
internal static class RetainedMemoryRule
{
    /// <summary>
    /// How far an existing leak may move between unchanged runs: storage that grows by doubling costs anywhere
    /// from its amortised share to twice that per operation, depending on where the measured span falls
    /// against the doublings (docs/measurements.md). A leak that already was one counts as grown or shrunk beyond this
    /// factor.
    /// </summary>
    public const double LumpFactor = 2;

    /// <summary>
    /// A finding, with both figures in retained bytes/op; null when nothing changed beyond tolerance and
    /// uncertainty, or when the current run did not measure retained memory.
    /// </summary>
    public static Finding? Judge(RetainedMemory? baseline, RetainedMemory? current, Thresholds thresholds)
    {
        if (current is null)
        {
            return null;
        }

        var tolerance = thresholds.RetainedBytesTolerance;

        if (baseline is null)
        {
            return RetainedSignificance.Retains(current, tolerance)
                ? new Finding(
                    Metric.RetainedBytesPerOperation,
                    FindingKind.NotComparable,
                    Baseline: null,
                    current.BytesPerOperation,
                    new Note("the benchmark retains memory, but the baseline did not measure retained memory."))
                : null;
        }

        var leakedBefore = RetainedSignificance.Retains(baseline, tolerance);
        var leaksNow = RetainedSignificance.Retains(current, tolerance);
        if (leaksNow && RetainedSignificance.RetainsMoreThan(current, baseline, tolerance)
            && (!leakedBefore || current.BytesPerOperation > LumpFactor * baseline.BytesPerOperation))
        {
            return Change(FindingKind.Regression, leakedBefore ? LeakChangeKind.Grew : LeakChangeKind.Introduced, baseline, current, tolerance, leakedBefore);
        }

        if (leakedBefore && RetainedSignificance.RetainsMoreThan(baseline, current, tolerance)
            && (!leaksNow || baseline.BytesPerOperation > LumpFactor * current.BytesPerOperation))
        {
            return Change(FindingKind.Improvement, leaksNow ? LeakChangeKind.Shrank : LeakChangeKind.Fixed, baseline, current, tolerance, leaksNow);
        }

        return null;
    }

    private static Finding Change(
        FindingKind kind, LeakChangeKind change, RetainedMemory baseline, RetainedMemory current, double tolerance, bool bothLeak)
    {
        var allowance = Math.Max(tolerance, RetainedSignificance.StandardErrors * RetainedSignificance.CombinedStandardError(baseline, current));
        return new Finding(
            Metric.RetainedBytesPerOperation,
            kind,
            baseline.BytesPerOperation,
            current.BytesPerOperation,
            new LeakChange(change, baseline, current, allowance, bothLeak ? LumpFactor : null));
    }
}
