using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>
/// A run's gen0 budget read off its own figures: bytes allocated per operation times operations,
/// divided by the gen0 collections they caused, is the budget, give or take one collection.
/// </summary>
internal static class Gen0BudgetInference
{
    /// <summary>
    /// Benchmarks with fewer gen0 collections say little: with n collections the estimate can be off by
    /// a factor of n / (n - 1), so ten or more keep each estimate within about 11%.
    /// </summary>
    public const long MinimumCollections = 10;

    /// <summary>
    /// A pinned budget is declared, so it takes more than one benchmark's figures to overrule it: one
    /// benchmark can read high on its own (docs/measurements.md, "Periodic allocations"),
    /// while a runtime that ignores the setting shows in every benchmark that collects.
    /// </summary>
    public const int MinimumBenchmarksToOverrulePinned = 3;

    /// <summary>
    /// The median of the per-benchmark estimates, or null when no benchmark qualifies. Benchmarks with
    /// Gen2 collections are left out: large objects count in bytes/op but not against the gen0 budget,
    /// and background Gen2 collections add to the gen0 count without using it up.
    /// </summary>
    public static Gen0Budget? Of(IEnumerable<MemoryMetrics> benchmarks) => Of(benchmarks, minimumBenchmarks: 1);

    private static Gen0Budget? Of(IEnumerable<MemoryMetrics> benchmarks, int minimumBenchmarks)
    {
        ArgumentNullException.ThrowIfNull(benchmarks);
        var estimates = benchmarks
            .Where(m => m.Gen0Collections >= MinimumCollections && m.Gen2Collections == 0 && m.BytesAllocatedPerOperation > 0)
            .Select(m => (double)m.BytesAllocatedPerOperation * m.TotalOperations / m.Gen0Collections)
            .Order()
            .ToList();
        if (estimates.Count < minimumBenchmarks)
        {
            return null;
        }

        var middle = estimates.Count / 2;
        var median = estimates.Count % 2 == 1 ? estimates[middle] : (estimates[middle - 1] + estimates[middle]) / 2;
        return new Gen0Budget((long)Math.Round(median), Gen0BudgetSource.Inferred);
    }

    /// <summary>
    /// What a job's benchmarks allocated under: the pinned budget, unless the figures of at least
    /// <see cref="MinimumBenchmarksToOverrulePinned"/> benchmarks contradict it (a runtime that ignores the
    /// setting, a container's memory limit capping it); then the figures win.
    /// </summary>
    public static Gen0Budget? Effective(long? pinnedBytes, IEnumerable<MemoryMetrics> benchmarks)
    {
        if (pinnedBytes is not { } pinned)
        {
            return Of(benchmarks);
        }

        var inferred = Of(benchmarks, MinimumBenchmarksToOverrulePinned);
        var declared = new Gen0Budget(pinned, Gen0BudgetSource.Pinned);
        return inferred is null || Gen0BudgetComparison.Agree(declared, inferred) ? declared : inferred;
    }
}
