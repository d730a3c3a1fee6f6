using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>
/// Allocated bytes/op against the baseline: the same code allocates the same objects, so the
/// allowance is small and the same both ways (growth is a regression, shrinkage an improvement).
/// BenchmarkDotNet counts allocations process-wide, so what other threads allocate while the operations
/// are counted lands in the figure too, divided by the operations: that part of the allowance is a few
/// kilobytes (more with Gen2 collections) over the counted operations, negligible for a cheap benchmark
/// measured over many operations.
/// </summary>
internal static class AllocatedBytesRule
{
    /// <summary>How many bytes/op a figure may move from <paramref name="baselineBytes"/> and still be unchanged, without Gen2 collections.</summary>
    public static double Allowance(long baselineBytes, Thresholds thresholds) =>
        thresholds.AllocatedBytesTolerance + (thresholds.AllocatedRelativeTolerance * Math.Abs(baselineBytes));

    /// <summary>The allowance for two measurements, widened by other threads' share per operation on the noisier side.</summary>
    public static double Allowance(MemoryMetrics baseline, MemoryMetrics current, Thresholds thresholds) =>
        Allowance(baseline.BytesAllocatedPerOperation, thresholds)
        + Math.Max(OtherThreadsPerOperation(baseline, thresholds), OtherThreadsPerOperation(current, thresholds));

    /// <summary>What other threads may add to one measurement's bytes/op.</summary>
    public static double OtherThreadsPerOperation(MemoryMetrics memory, Thresholds thresholds) =>
        memory.TotalOperations > 0
            ? (thresholds.OtherThreadsBytesPerMeasurement + (thresholds.OtherThreadsBytesPerGen2Collection * memory.Gen2Collections)) / memory.TotalOperations
            : 0;

    /// <summary>A regression or improvement finding; null when the change is within the allowance.</summary>
    public static Finding? Judge(MemoryMetrics baseline, MemoryMetrics current, Thresholds thresholds)
    {
        var before = baseline.BytesAllocatedPerOperation;
        var after = current.BytesAllocatedPerOperation;
        var delta = after - before;
        var allowance = Allowance(baseline, current, thresholds);
        if (Math.Abs(delta) <= allowance)
        {
            return null;
        }

        var kind = delta > 0 ? FindingKind.Regression : FindingKind.Improvement;
        var otherThreads = allowance - Allowance(before, thresholds);
        return new Finding(Metric.AllocatedBytesPerOperation, kind, before, after, new AllocationChange(allowance, otherThreads));
    }
}
