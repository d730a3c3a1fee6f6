using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.History.Analysis;

/// <summary>
/// How much a figure of one run may be off, for the history's test: a quarter of the allowance the comparison gives a run
/// against itself (its tolerance plus the run's own noise: other threads' bytes, counting noise, a retained estimate's
/// standard error), at the median run of the series. Jitter within the allowance is therefore not a change, but a level
/// that moves by less than the allowance and stays there is, once it has held for enough runs: half the allowance on
/// an otherwise steady series is found after about fifteen runs (measured in docs/history.md).
/// </summary>
internal static class NoiseFloor
{
    public const double ShareOfAllowance = 0.25;

    public static double Allocated(IEnumerable<MemoryMetrics> runs, Thresholds thresholds) =>
        Floor(runs.Select(memory => AllocatedBytesRule.Allowance(memory, memory, thresholds)));

    public static double CollectionRate(Metric generation, IEnumerable<MemoryMetrics> runs, Thresholds thresholds) =>
        Floor(runs.Select(memory => memory.Rate(generation))
            .Select(rate => GcCountRule.AllowancePerThousandOperations(generation, rate, rate, thresholds)));

    public static double Retained(IEnumerable<RetainedMemory> runs, Thresholds thresholds) =>
        Floor(runs.Select(retained => Math.Max(
            thresholds.RetainedBytesTolerance,
            RetainedSignificance.StandardErrors * Math.Sqrt(2) * retained.StandardErrorBytes)));

    private static double Floor(IEnumerable<double> allowances)
    {
        var sorted = allowances.Order().ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }

        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return median * ShareOfAllowance;
    }
}
