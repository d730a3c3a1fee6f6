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

    /// <summary>The runtime event the samples came from.</summary>
    public SamplingEvent SampledBy { get; init; } = SamplingEvent.AllocationSampled;

    /// <summary>
    /// What the benchmark keeps alive, by type, from heap snapshots around the same operations; null when it was not
    /// asked for (only leaks, or every benchmark with <c>--attribution all</c>).
    /// </summary>
    public Leaks.RetainedTypes? Retained { get; init; }

    /// <summary>The profile a baseline stores: the top types and their sample counts, no stacks (the retained types stay; the baseline file does not keep them).</summary>
    public AllocationProfile Compact() => this with
    {
        Types = [.. Types.Take(CompactTypeCount)],
        Stacks = [],
    };

    /// <summary>The type's estimate; null when it was never sampled.</summary>
    public TypeAllocation? Find(string typeName) => Types.FirstOrDefault(type => type.TypeName == typeName);
}
