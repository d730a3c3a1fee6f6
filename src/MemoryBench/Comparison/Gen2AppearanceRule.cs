using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>
/// Gen2 collections where the baseline had none: objects now live long enough to reach the oldest
/// generation, or the large object heap fills. No counting-noise allowance, because a benchmark that
/// never touched Gen2 does not do so by chance; the strongest GC signal there is. It holds only when the
/// baseline counted enough operations to have seen one at the current rate: a baseline counted over 2
/// operations (a slow benchmark on a loaded machine) says nothing by having none.
/// </summary>
internal static class Gen2AppearanceRule
{
    /// <summary>
    /// A regression when Gen2 collections appear, with both figures per 1,000 operations;
    /// null when the baseline had some or none appear.
    /// </summary>
    public static Finding? Judge(MemoryMetrics baseline, MemoryMetrics current)
    {
        // Without operations there is no rate; GcCountRule says so, and judges short baselines by their noise.
        if (baseline.Gen2Collections != 0 || current.Gen2Collections <= 0
            || baseline.TotalOperations <= 0 || current.TotalOperations <= 0
            || ExpectedInBaseline(baseline, current) < 1)
        {
            return null;
        }

        return new Finding(
            Metric.Gen2Collections,
            FindingKind.Regression,
            baseline.PerThousandOperations(Metric.Gen2Collections),
            current.PerThousandOperations(Metric.Gen2Collections),
            new Gen2Appeared(current.Rate(Metric.Gen2Collections), baseline.TotalOperations));
    }

    // How many Gen2 collections the baseline's operations would have held at the current rate.
    private static double ExpectedInBaseline(MemoryMetrics baseline, MemoryMetrics current) =>
        (double)baseline.TotalOperations * current.Gen2Collections / current.TotalOperations;
}
