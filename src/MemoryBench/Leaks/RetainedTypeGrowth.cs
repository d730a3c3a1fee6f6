using System.Collections.Immutable;

namespace MemoryBench.Leaks;

/// <summary>Which types a benchmark keeps alive: the per-type difference of two heap snapshots, per operation.</summary>
/// <remarks>
/// A heap snapshot counts every live object exactly, so the difference has no sampling noise; what it does have is
/// objects built once between the snapshots, whatever the number of operations: the benchmark engine's bookkeeping
/// and the runtime's lazily built structures, a few hundred bytes at most (docs/measurements.md). A type therefore counts as
/// retained when it grew by at least <see cref="OneTimeBytes"/> over the span (far above what was built once) and by
/// at least <see cref="MinimumBytesPerOperation"/> per operation (a quarter of the gate's smallest leak, 4 B/op).
/// The second bound decides on long spans, the first on short ones: a slow benchmark profiled over 100 operations
/// must keep 41 B per operation of a type for it to count.
/// </remarks>
internal static class RetainedTypeGrowth
{
    /// <summary>How many types are kept, largest first.</summary>
    public const int TopCount = 10;

    /// <summary>Growth over the whole span below which a type may have been built once.</summary>
    public const long OneTimeBytes = 4_096;

    /// <summary>Growth per operation below which a type is not named.</summary>
    public const double MinimumBytesPerOperation = 1;

    /// <summary>The types that grew with the operations between <paramref name="before"/> and <paramref name="after"/>.</summary>
    /// <param name="before">The census before the operations.</param>
    /// <param name="after">The census after them.</param>
    /// <param name="operations">Operations between the two.</param>
    /// <param name="minimumBytesPerOperation">
    /// Growth per operation below which a type is not named: <see cref="MinimumBytesPerOperation"/> unless a caller
    /// judges smaller leaks (the unit-test assertion names types down to its own resolution).
    /// </param>
    public static RetainedTypes Between(HeapCensus before, HeapCensus after, long operations, double minimumBytesPerOperation = MinimumBytesPerOperation)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(operations);
        double perOperation = operations;
        var total = after.Types.Values.Sum(type => type.Bytes) - before.Types.Values.Sum(type => type.Bytes);
        var types = after.Types
            .Select(type => (Name: type.Key, Bytes: type.Value.Bytes - before.Of(type.Key).Bytes, Instances: type.Value.Instances - before.Of(type.Key).Instances))
            .Where(type => GrewWithOperations(type.Bytes, operations, minimumBytesPerOperation))
            .Select(type => new RetainedType(type.Name, type.Bytes / perOperation, type.Instances / perOperation))
            .OrderByDescending(type => type.BytesPerOperation)
            .ThenBy(type => type.TypeName, StringComparer.Ordinal)
            .Take(TopCount)
            .ToImmutableArray();
        return new RetainedTypes(operations, total / perOperation, types);
    }

    /// <summary>Whether a type whose live bytes grew by <paramref name="bytes"/> over <paramref name="operations"/> counts as retained.</summary>
    public static bool GrewWithOperations(long bytes, long operations, double minimumBytesPerOperation = MinimumBytesPerOperation) =>
        bytes >= OneTimeBytes && bytes >= minimumBytesPerOperation * operations;
}
