using System.Collections.Immutable;

namespace MemoryBench.Attribution;

/// <summary>Compares a benchmark's current allocation profile with the one stored in the baseline.</summary>
internal static class ProfileComparison
{
    /// <summary>How many types are shown without a baseline profile (the current profile's largest).</summary>
    public const int TopCount = 5;

    /// <summary>
    /// The types whose bytes per operation changed beyond sampling noise, grown ones first (largest growth first), then
    /// shrunk ones; each type is tested with <see cref="SampleCountTest"/> and the tests are corrected for how many types
    /// were compared (<see cref="HolmCorrection"/>), so a type that did not change is named in at most 5% of
    /// comparisons. The listed changes are reconciled with the counted change in bytes per operation. Without a
    /// baseline profile, the current profile's largest types, with nothing tested.
    /// </summary>
    /// <param name="baseline">The baseline's profile; null when it has none.</param>
    /// <param name="current">The current profile.</param>
    /// <param name="baselineCounted">The baseline's counted bytes per operation from its results, for a baseline profile that does not carry its own.</param>
    /// <param name="currentCounted">The current counted bytes per operation from its results, likewise.</param>
    public static WhatGrew Compare(AllocationProfile? baseline, AllocationProfile current, double? baselineCounted = null, double? currentCounted = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (baseline is null)
        {
            var largest = current.Types.OrderByDescending(type => type.BytesPerOperation).Take(TopCount)
                .Select(type => new TypeGrowth(type.TypeName, null, type.BytesPerOperation, type.Uncertainty95) { CurrentSamples = type.Samples })
                .ToImmutableArray();
            var stack = largest.IsEmpty ? null : StackOf(current, largest[0].TypeName);
            return new WhatGrew(current.Benchmark, false, largest, stack, current) { SampledTotal = SampledTotal.Of(current) };
        }

        var compared = current.Types.Select(type => type.TypeName)
            .Concat(baseline.Types.Select(type => type.TypeName))
            .Distinct(StringComparer.Ordinal)
            .Select(name => Growth(name, baseline, current))
            .ToList();
        var rejected = HolmCorrection.Reject([.. compared.Select(growth => growth.PValue!.Value)]);
        var tested = compared.Select((growth, i) => growth with { Significant = rejected[i] }).ToList();
        var listed = tested
            .Where(growth => growth.Significant && growth.Change != 0)
            .OrderByDescending(growth => growth.Change > 0)
            .ThenByDescending(growth => Math.Abs(growth.Change))
            .ThenBy(growth => growth.TypeName, StringComparer.Ordinal)
            .ToImmutableArray();

        var top = listed.FirstOrDefault(growth => growth.Change > 0);
        return new WhatGrew(current.Benchmark, true, listed, top is null ? null : StackOf(current, top.TypeName), current)
        {
            TypesCompared = tested.Count,
            SampledTotal = SampledTotal.Of(current),
            Reconciliation = Reconcile(listed, tested.Count, baseline.CountedBytesPerOperation, baselineCounted, current.CountedBytesPerOperation, currentCounted),
        };
    }

    private static TypeGrowth Growth(string name, AllocationProfile baseline, AllocationProfile current)
    {
        var now = current.Find(name);
        var before = baseline.Find(name);
        // A compact baseline left out the types it sampled once: such a type may have had one sample there.
        var beforeSamples = before?.Samples ?? (baseline.Compacted ? AllocationProfile.CompactMinimumSamples - 1 : 0);
        return new TypeGrowth(
            name,
            before?.BytesPerOperation ?? 0,
            now?.BytesPerOperation ?? 0,
            Estimates.Z95 * Math.Sqrt(Square(now?.StandardError ?? 0) + Square(before?.StandardError ?? 0)))
        {
            BaselineSamples = before?.Samples ?? 0,
            CurrentSamples = now?.Samples ?? 0,
            PValue = SampleCountTest.TwoSidedPValue(now?.Samples ?? 0, current.Operations, beforeSamples, baseline.Operations),
        };
    }

    private static Reconciliation? Reconcile(
        ImmutableArray<TypeGrowth> listed, int compared, double? baselineExact, double? baselineCounted, double? currentExact, double? currentCounted)
    {
        if ((baselineExact ?? baselineCounted) is not { } before || (currentExact ?? currentCounted) is not { } now)
        {
            return null;
        }

        // The export's figures are whole bytes per operation; the counting stage's own are exact.
        var countedUncertainty = baselineExact is null || currentExact is null ? 1 : 0;
        var listedError = Math.Sqrt(listed.Sum(growth => Square(growth.Uncertainty95 / Estimates.Z95)));
        return new Reconciliation(now - before, countedUncertainty, listed.Sum(growth => growth.Change), Estimates.Z95 * listedError, compared, listed.Length);
    }

    private static AllocationSite? StackOf(AllocationProfile profile, string typeName) =>
        profile.Stacks.FirstOrDefault(stack => stack.TypeName == typeName);

    private static double Square(double value) => value * value;
}
