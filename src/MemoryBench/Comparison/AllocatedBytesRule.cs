using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>
/// Allocated bytes/op against the baseline: the same code allocates the same objects, so the
/// allowance is small and the same both ways (growth is a regression, shrinkage an improvement).
/// </summary>
public static class AllocatedBytesRule
{
    /// <summary>How many bytes/op a figure may move from <paramref name="baselineBytes"/> and still be unchanged.</summary>
    public static double Allowance(long baselineBytes, Thresholds thresholds) =>
        thresholds.AllocatedBytesTolerance + (thresholds.AllocatedRelativeTolerance * Math.Abs(baselineBytes));

    /// <summary>A regression or improvement finding; null when the change is within the allowance.</summary>
    public static Finding? Judge(MemoryMetrics baseline, MemoryMetrics current, Thresholds thresholds)
    {
        var before = baseline.BytesAllocatedPerOperation;
        var after = current.BytesAllocatedPerOperation;
        var delta = after - before;
        var allowance = Allowance(before, thresholds);
        if (Math.Abs(delta) <= allowance)
        {
            return null;
        }

        var (kind, verb) = delta > 0 ? (FindingKind.Regression, "grew") : (FindingKind.Improvement, "shrank");
        var reason =
            $"Allocated bytes/op {verb} from {FigureText.Bytes(before)} to {FigureText.Bytes(after)} " +
            $"({FigureText.SignedBytes(delta)}, {FigureText.SignedPercent(before, after)}), " +
            $"beyond the tolerance of {FigureText.Bytes(allowance)} " +
            $"({FigureText.Bytes(thresholds.AllocatedBytesTolerance)} + {FigureText.Percent(thresholds.AllocatedRelativeTolerance)} of the baseline).";
        return new Finding(Metric.AllocatedBytesPerOperation, kind, before, after, reason);
    }
}
