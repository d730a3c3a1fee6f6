using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>
/// When a retained-memory estimate, or a change in it, is real: above the tolerance and above three
/// standard errors, so a slope that noise or one-time allocations could produce never counts as a leak.
/// </summary>
internal static class RetainedSignificance
{
    /// <summary>How many standard errors an estimate must clear (about 1 false alarm in 700 for normal noise).</summary>
    public const double StandardErrors = 3;

    /// <summary>True when the benchmark retains memory per operation beyond tolerance and uncertainty; false when not measured.</summary>
    public static bool Retains(RetainedMemory? retained, double tolerance) =>
        retained is not null && IsBeyond(retained.BytesPerOperation, retained.StandardErrorBytes, tolerance);

    /// <summary>True when <paramref name="current"/> retains more than <paramref name="baseline"/> beyond tolerance and both uncertainties.</summary>
    public static bool RetainsMoreThan(RetainedMemory current, RetainedMemory baseline, double tolerance) =>
        IsBeyond(current.BytesPerOperation - baseline.BytesPerOperation, CombinedStandardError(baseline, current), tolerance);

    /// <summary>The standard error of the difference of two independent estimates.</summary>
    public static double CombinedStandardError(RetainedMemory baseline, RetainedMemory current) =>
        Math.Sqrt((baseline.StandardErrorBytes * baseline.StandardErrorBytes) + (current.StandardErrorBytes * current.StandardErrorBytes));

    private static bool IsBeyond(double bytes, double standardError, double tolerance) =>
        bytes > tolerance && bytes > StandardErrors * standardError;
}
