using System.Collections.Immutable;

namespace MemoryBench.Attribution;

/// <summary>The answer under a regressed row: which types changed, and where the largest growth is allocated.</summary>
/// <param name="Benchmark">The benchmark's id without its job.</param>
/// <param name="HasBaselineProfile">False when the baseline has no profile: the growths are then the current profile's largest types, untested.</param>
/// <param name="Growths">The types whose bytes per operation changed beyond sampling noise, grown ones first, largest first.</param>
/// <param name="TopStack">The heaviest stack of the largest growth's type; null when nothing grew or stacks were not resolved.</param>
/// <param name="Current">The profile the growths come from.</param>
internal sealed record WhatGrew(
    string Benchmark,
    bool HasBaselineProfile,
    ImmutableArray<TypeGrowth> Growths,
    AllocationSite? TopStack,
    AllocationProfile Current)
{
    /// <summary>How many types were compared; 0 without a baseline profile.</summary>
    public int TypesCompared { get; init; }

    /// <summary>Whether the listed types add up to the counted change; null without a baseline profile or counted figures.</summary>
    public Reconciliation? Reconciliation { get; init; }

    /// <summary>The current profile's estimate of its total beside the counted figure; null when the profile does not carry it.</summary>
    public SampledTotal? SampledTotal { get; init; }
}
