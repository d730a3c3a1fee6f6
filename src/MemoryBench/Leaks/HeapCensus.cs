using System.Collections.Immutable;

namespace MemoryBench.Leaks;

/// <summary>The objects alive in a heap snapshot, counted by type.</summary>
/// <param name="Types">Every type with at least one live instance, by full name.</param>
internal sealed record HeapCensus(ImmutableDictionary<string, TypeCensus> Types)
{
    /// <summary>An empty heap.</summary>
    public static HeapCensus Empty { get; } = new(ImmutableDictionary<string, TypeCensus>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The type's count; zero instances when the snapshot has none.</summary>
    public TypeCensus Of(string typeName) => Types.GetValueOrDefault(typeName);
}

/// <summary>How many live objects of one type a snapshot holds, and their bytes (header and padding included).</summary>
internal readonly record struct TypeCensus(long Instances, long Bytes);
