using System.Collections.Immutable;

namespace MemoryBench.Attribution;

/// <summary>Where one benchmark's allocations went, estimated from allocation samples.</summary>
/// <param name="Benchmark">The benchmark's id without its job (namespace.type.method(parameters)).</param>
/// <param name="Operations">Operations the samples were taken over.</param>
/// <param name="Samples">All samples taken.</param>
/// <param name="BytesPerOperation">Estimated total bytes per operation.</param>
/// <param name="Types">Every sampled type, largest estimate first (ties by name).</param>
/// <param name="Stacks">The heaviest allocating stacks, largest first; empty in a compact profile.</param>
internal sealed record AllocationProfile(
    string Benchmark,
    long Operations,
    int Samples,
    double BytesPerOperation,
    ImmutableArray<TypeAllocation> Types,
    ImmutableArray<AllocationSite> Stacks)
{
    /// <summary>How many types a compact profile (the one stored in the baseline) keeps.</summary>
    public const int CompactTypeCount = 10;

    /// <summary>The profile a baseline stores: the top types and their sample counts, no stacks.</summary>
    public AllocationProfile Compact() => this with
    {
        Types = [.. Types.Take(CompactTypeCount)],
        Stacks = [],
    };

    /// <summary>The type's estimate; null when it was never sampled.</summary>
    public TypeAllocation? Find(string typeName) => Types.FirstOrDefault(type => type.TypeName == typeName);
}
