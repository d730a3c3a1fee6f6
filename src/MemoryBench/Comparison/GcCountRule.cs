using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>
/// Gen0/1/2 collections against the baseline, compared as rates per 1,000 operations so runs of
/// different lengths compare, and only beyond counting noise (see <see cref="CollectionRate"/>).
/// Call it only when both environments match: collection counts follow the machine and GC mode.
/// </summary>
internal static class GcCountRule
{
    /// <summary>
    /// The GC sets the gen1 budget itself, from what survives into gen1, and the pinned gen0 budget does not fix it:
    /// unchanged runs were seen to halve a Gen1 rate. A Gen1 rate therefore changes only beyond this factor; objects
    /// that newly survive move it far more (docs/measurements.md).
    /// </summary>
    public const double Gen1BudgetFactor = 2;

    /// <summary>
    /// How far the rate may move and still be unchanged: both sides' counting noise added (the two
    /// counts' uncertainty ranges must not overlap, a deliberately quiet test, because allocated
    /// bytes already catch small changes precisely) plus the relative tolerance of the baseline rate
    /// (for Gen1, at least the GC's own budget steps, <see cref="Gen1BudgetFactor"/>).
    /// </summary>
    public static double AllowancePerThousandOperations(Metric generation, CollectionRate baseline, CollectionRate current, Thresholds thresholds) =>
        baseline.NoisePerThousandOperations
        + current.NoisePerThousandOperations
        + (RelativeTolerance(generation, thresholds) * baseline.PerThousandOperations);

    private static double RelativeTolerance(Metric generation, Thresholds thresholds) =>
        generation == Metric.Gen1Collections
            ? Math.Max(thresholds.GcRateRelativeTolerance, Gen1BudgetFactor - 1)
            : thresholds.GcRateRelativeTolerance;

    /// <summary>
    /// A finding for one generation, with both figures in collections per 1,000 operations;
    /// null when the rate moved within the allowance.
    /// </summary>
    public static Finding? Judge(Metric generation, MemoryMetrics baseline, MemoryMetrics current, Thresholds thresholds)
    {
        if (baseline.TotalOperations <= 0 || current.TotalOperations <= 0)
        {
            return new Finding(
                generation,
                FindingKind.NotComparable,
                Baseline: null,
                Current: null,
                new Note($"counted over {Counted(baseline.TotalOperations)} operations in the baseline " +
                    $"and {Counted(current.TotalOperations)} now, so there is no rate."));
        }

        if (OnlyFullCollections(baseline) && OnlyFullCollections(current))
        {
            return new Finding(
                generation,
                FindingKind.NotComparable,
                baseline.PerThousandOperations(generation),
                current.PerThousandOperations(generation),
                new Note("every collection in both runs was a full one, triggered by the large object heap's " +
                    "budget, which the GC tunes as it runs, so their count varies from run to run of the same code; " +
                    "allocated bytes judge this benchmark."));
        }

        var before = baseline.Rate(generation);
        var after = current.Rate(generation);
        var delta = after.PerThousandOperations - before.PerThousandOperations;
        var allowance = AllowancePerThousandOperations(generation, before, after, thresholds);
        if (Math.Abs(delta) <= allowance)
        {
            return null;
        }

        var kind = delta > 0 ? FindingKind.Regression : FindingKind.Improvement;
        return new Finding(generation, kind, before.PerThousandOperations, after.PerThousandOperations, new RateChange(before, after, allowance));
    }

    private static string Counted(long operations) => operations.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    // Large object allocations trigger full collections by the large object heap's budget, which the GC
    // adapts to what survives; their count then follows the GC's state more than the benchmark's work.
    private static bool OnlyFullCollections(MemoryMetrics memory) =>
        memory.Gen2Collections > 0 && memory.Gen2Collections == memory.Gen0Collections;
}
