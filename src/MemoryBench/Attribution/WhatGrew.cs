using System.Collections.Immutable;

namespace MemoryBench.Attribution;

/// <summary>The answer under a regressed row: which types grew, and where the largest growth is allocated.</summary>
/// <param name="Benchmark">The benchmark's id without its job.</param>
/// <param name="HasBaselineProfile">False when the baseline has no profile: the growths are then the current profile.</param>
/// <param name="Growths">The types whose bytes per operation moved most, largest growth first.</param>
/// <param name="TopStack">The heaviest stack of the largest growth's type; null when stacks were not resolved.</param>
/// <param name="Current">The profile the growths come from.</param>
internal sealed record WhatGrew(
    string Benchmark,
    bool HasBaselineProfile,
    ImmutableArray<TypeGrowth> Growths,
    AllocationSite? TopStack,
    AllocationProfile Current);
