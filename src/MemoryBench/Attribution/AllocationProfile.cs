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
    /// <summary>
    /// The fewest samples a type needs to be kept in a compact profile (the one stored in the baseline): a type sampled
    /// once says nothing a comparison can use, and every type sampled more often is kept so that a comparison never
    /// mistakes a type left out of the baseline for a new one.
    /// </summary>
    public const int CompactMinimumSamples = 2;

    /// <summary>
    /// The allocated bytes per operation the counting stage counted over the operations the samples were taken over
    /// (exact, not rounded); null for a profile from an earlier version, taken in a run of its own.
    /// </summary>
    public double? CountedBytesPerOperation { get; init; }

    /// <summary>Whether this is a compact profile, whose types sampled fewer than <see cref="CompactMinimumSamples"/> times were left out.</summary>
    public bool Compacted { get; init; }

    /// <summary>The standard error of <see cref="BytesPerOperation"/>: the types are independent sums, so their variances add.</summary>
    public double StandardError => Math.Sqrt(Types.Sum(type => type.StandardError * type.StandardError));

    /// <summary>The runtime event the samples came from.</summary>
    public SamplingEvent SampledBy { get; init; } = SamplingEvent.AllocationSampled;

    /// <summary>
    /// What the benchmark keeps alive, by type, from heap snapshots around the same operations; null when it was not
    /// asked for (only leaks, or every benchmark with <c>--attribution all</c>).
    /// </summary>
    public Leaks.RetainedTypes? Retained { get; init; }

    /// <summary>The profile a baseline stores: the types sampled at least twice and their sample counts, no stacks (the retained types stay; the baseline file does not keep them).</summary>
    public AllocationProfile Compact() => this with
    {
        Types = [.. Types.Where(type => type.Samples >= CompactMinimumSamples)],
        Stacks = [],
        Compacted = true,
    };

    /// <summary>The type's estimate; null when it was never sampled.</summary>
    public TypeAllocation? Find(string typeName) => Types.FirstOrDefault(type => type.TypeName == typeName);
}
