namespace MemoryBench.Counting;

/// <summary>When the counting stage may stop, and what counts as a lump.</summary>
/// <param name="MinimumOperations">
/// Operations the counted span holds at least: BenchmarkDotNet's own counted iteration, so counting never reads fewer
/// operations than it did.
/// </param>
/// <param name="TargetVolumeBytes">
/// Bytes the counted span allocates at least when it can within <paramref name="TimeLimit"/>: enough gen0 budgets that
/// Gen0/1/2 per operation are counts of many collections, not of one or two.
/// </param>
/// <param name="RelativePrecision">The largest error of the amortised bytes/op the span may leave, as a share of it.</param>
/// <param name="AbsolutePrecision">
/// The largest error in bytes per operation that is good enough when no lump waits to be aligned (BenchmarkDotNet
/// reports whole bytes per operation).
/// </param>
/// <param name="MinimumLumpBytes">A chunk is a lump only when it allocates at least this much more than the steady level.</param>
/// <param name="TimeLimit">Counting stops here whatever else holds, so a slow or non-allocating benchmark ends.</param>
/// <param name="PeriodOperations">
/// Operations the span holds at least, whatever the machine's speed, unless <paramref name="PeriodTime"/> has passed:
/// a span that holds more calls than a lump's period has seen the lump.
/// </param>
/// <param name="PeriodTime">How long counting goes on to reach <paramref name="PeriodOperations"/> at most.</param>
internal sealed record CountingRules(
    long MinimumOperations,
    long TargetVolumeBytes,
    double RelativePrecision,
    double AbsolutePrecision,
    long MinimumLumpBytes,
    TimeSpan TimeLimit,
    long PeriodOperations,
    TimeSpan PeriodTime)
{
    /// <summary>
    /// What a chunk's counter may read beyond its own allocations when a collection ends during it: the unused part of
    /// the allocation context the collection retired. A per-thread counter (<see cref="GC.GetAllocatedBytesForCurrentThread"/>)
    /// counts that part as allocated; 0 (the default, and the counting engine's) counts every chunk as read.
    /// </summary>
    public long CounterSlackBytes { get; init; }

    /// <summary>Gen0 budgets the span allocates when it can: 16, so a count is known to about a quarter of its square root.</summary>
    public const int TargetGen0Budgets = 16;

    /// <summary>The rules MemoryBench's counting engine uses, for a span of at least <paramref name="minimumOperations"/>.</summary>
    /// <param name="minimumOperations">The operations of <see cref="ChunkPlan.MinimumChunks"/> chunks.</param>
    /// <param name="gen0BudgetBytes">The gen0 budget the process runs under (the suite pins 8 MiB).</param>
    public static CountingRules For(long minimumOperations, long gen0BudgetBytes) => new(
        MinimumOperations: minimumOperations,
        TargetVolumeBytes: TargetGen0Budgets * gen0BudgetBytes,
        RelativePrecision: 0.02,
        AbsolutePrecision: 0.5,
        MinimumLumpBytes: 8 * 1024,
        TimeLimit: TimeSpan.FromSeconds(5),
        PeriodOperations: 250_000,
        PeriodTime: TimeSpan.FromSeconds(1));
}
