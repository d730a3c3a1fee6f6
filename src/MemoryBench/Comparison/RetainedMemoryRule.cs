using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>
/// Retained bytes/op against the baseline: a benchmark that now keeps memory per operation it did not
/// keep before has a leak ("leak introduced"); one that keeps significantly less has fixed one.
/// </summary>
public static class RetainedMemoryRule
{
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
                    $"Retained memory not compared: the benchmark retains {FigureText.Bytes(current.BytesPerOperation)}/op " +
                    $"(standard error {FigureText.Bytes(current.StandardErrorBytes)}) but the baseline did not measure retained memory.")
                : null;
        }

        if (RetainedSignificance.Retains(current, tolerance) && RetainedSignificance.RetainsMoreThan(current, baseline, tolerance))
        {
            var what = RetainedSignificance.Retains(baseline, tolerance)
                ? "Leak grew: retains"
                : "Leak introduced: retains";
            return Change(FindingKind.Regression, what, baseline, current, tolerance);
        }

        if (RetainedSignificance.Retains(baseline, tolerance) && RetainedSignificance.RetainsMoreThan(baseline, current, tolerance))
        {
            var what = RetainedSignificance.Retains(current, tolerance)
                ? "Leak shrank: retains"
                : "Leak fixed: retains";
            return Change(FindingKind.Improvement, what, baseline, current, tolerance);
        }

        return null;
    }

    private static Finding Change(FindingKind kind, string what, RetainedMemory baseline, RetainedMemory current, double tolerance)
    {
        var delta = current.BytesPerOperation - baseline.BytesPerOperation;
        var reason =
            $"{what} {FigureText.Bytes(current.BytesPerOperation)}/op where the baseline retained {FigureText.Bytes(baseline.BytesPerOperation)}/op " +
            $"({FigureText.SignedBytes(delta)}, {FigureText.SignedPercent(baseline.BytesPerOperation, current.BytesPerOperation)}; " +
            $"standard errors {FigureText.Bytes(current.StandardErrorBytes)} and {FigureText.Bytes(baseline.StandardErrorBytes)}), " +
            $"beyond the {FigureText.Bytes(tolerance)}/op tolerance and {FigureText.Number(RetainedSignificance.StandardErrors)} standard errors of the difference " +
            $"({FigureText.Number(RetainedSignificance.StandardErrors)} × {FigureText.Bytes(RetainedSignificance.CombinedStandardError(baseline, current))}).";
        return new Finding(Metric.RetainedBytesPerOperation, kind, baseline.BytesPerOperation, current.BytesPerOperation, reason);
    }
}
