using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>The three collection counts as metrics of a run's memory figures.</summary>
internal static class GcGeneration
{
    public static readonly Metric[] All = [Metric.Gen0Collections, Metric.Gen1Collections, Metric.Gen2Collections];

    public static long Count(this MemoryMetrics memory, Metric generation) => generation switch
    {
        Metric.Gen0Collections => memory.Gen0Collections,
        Metric.Gen1Collections => memory.Gen1Collections,
        Metric.Gen2Collections => memory.Gen2Collections,
        _ => throw new ArgumentOutOfRangeException(nameof(generation), generation, "Not a collection count."),
    };

    public static CollectionRate Rate(this MemoryMetrics memory, Metric generation) =>
        new(memory.Count(generation), memory.TotalOperations);

    /// <summary>Collections per 1,000 operations, the unit of every GC finding; null without operations.</summary>
    public static double? PerThousandOperations(this MemoryMetrics memory, Metric generation) =>
        memory.TotalOperations > 0 ? memory.Rate(generation).PerThousandOperations : null;
}
