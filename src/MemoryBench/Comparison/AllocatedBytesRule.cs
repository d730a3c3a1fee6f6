using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>
/// Allocated bytes/op against the baseline: the same code allocates the same objects, so the
/// allowance is small and the same both ways (growth is a regression, shrinkage an improvement).
/// BenchmarkDotNet counts allocations process-wide, so what other threads allocate around Gen2
/// collections lands in the figure too, divided by the operations: that part of the allowance grows
/// with Gen2 collections per operation and is zero for benchmarks that cause none.
/// </summary>
public static class AllocatedBytesRule
{
    /// <summary>How many bytes/op a figure may move from <paramref name="baselineBytes"/> and still be unchanged, without Gen2 collections.</summary>
    public static double Allowance(long baselineBytes, Thresholds thresholds) =>
        thresholds.AllocatedBytesTolerance + (thresholds.AllocatedRelativeTolerance * Math.Abs(baselineBytes));

    /// <summary>The allowance for two measurements, widened by the Gen2 collections per operation of the noisier one.</summary>
    public static double Allowance(MemoryMetrics baseline, MemoryMetrics current, Thresholds thresholds) =>
        Allowance(baseline.BytesAllocatedPerOperation, thresholds)
        + (thresholds.BytesPerGen2Collection * Math.Max(Gen2PerOperation(baseline), Gen2PerOperation(current)));

    private static double Gen2PerOperation(MemoryMetrics memory) =>
        memory.TotalOperations > 0 ? (double)memory.Gen2Collections / memory.TotalOperations : 0;

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

        var (kind, verb) = delta > 0 ? (FindingKind.Regression, "grew") : (FindingKind.Improvement, "shrank");
        var reason =
            $"Allocated bytes/op {verb} from {FigureText.Bytes(before)} to {FigureText.Bytes(after)} " +
            $"({FigureText.SignedBytes(delta)}, {FigureText.SignedPercent(before, after)}), " +
            $"beyond the tolerance of {FigureText.Bytes(allowance)} " +
            $"({FigureText.Bytes(thresholds.AllocatedBytesTolerance)} + {FigureText.Percent(thresholds.AllocatedRelativeTolerance)} of the baseline" +
            (allowance > Allowance(before, thresholds) ? $" + {FigureText.Bytes(thresholds.BytesPerGen2Collection)} per Gen2 collection per operation)." : ").");
        return new Finding(Metric.AllocatedBytesPerOperation, kind, before, after, reason);
    }
}
