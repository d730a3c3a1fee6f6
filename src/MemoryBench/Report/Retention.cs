using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>Whether a retained-memory estimate shows a leak, for what the report lists as retaining memory.</summary>
internal static class Retention
{
    // The rule the comparison judges leaks by: an estimate counts when it clears both the tolerance and three
    // standard errors, so noise never reads as a leak in the report either.
    private const double StandardErrors = 3;

    public static bool Retains(RetainedMemory? retained, double tolerance) =>
        retained is not null
        && retained.BytesPerOperation > tolerance
        && retained.BytesPerOperation > StandardErrors * retained.StandardErrorBytes;
}
