using System.Collections.Immutable;

namespace MemoryBench.Attribution;

/// <summary>Compares a benchmark's current allocation profile with the one stored in the baseline.</summary>
internal static class ProfileComparison
{
    /// <summary>How many types "What grew" lists.</summary>
    public const int TopCount = 5;

    /// <summary>
    /// Below a byte per operation on both sides, a type that moved within its noise says nothing (the runtime's own
    /// bookkeeping, an EventSource table or a reflection cache, sampled once or twice) and is left out, unless it is
    /// all there is.
    /// </summary>
    public const double NegligibleBytesPerOperation = 1;

    /// <summary>
    /// The types ordered by growth in bytes per operation, at most <see cref="TopCount"/>: those that grew beyond
    /// their sampling noise first (largest first), then the others (a big type's noise can exceed a small real
    /// growth, and must not push it down); without a baseline profile, the current profile's largest types. Types
    /// under <see cref="NegligibleBytesPerOperation"/> that moved within their noise are left out.
    /// </summary>
    /// <remarks>
    /// A type missing from one side counts as 0 B/op there with no error of its own: a compact baseline keeps only its
    /// top types, so a small type dropped from it may show as grown by its whole current size.
    /// </remarks>
    public static WhatGrew Compare(AllocationProfile? baseline, AllocationProfile current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var names = current.Types.Select(type => type.TypeName)
            .Concat(baseline?.Types.Select(type => type.TypeName) ?? [])
            .Distinct(StringComparer.Ordinal);

        var growths = names
            .Select(name => Growth(name, baseline, current))
            .OrderByDescending(growth => baseline is not null && growth.GrewBeyondNoise)
            .ThenByDescending(growth => growth.Change)
            .ThenBy(growth => growth.TypeName, StringComparer.Ordinal)
            .Where((growth, rank) => rank == 0 || !Negligible(growth))
            .Take(TopCount)
            .ToImmutableArray();

        var top = baseline is null ? growths.FirstOrDefault() : growths.FirstOrDefault(growth => growth.GrewBeyondNoise);
        var stack = top is null ? null : current.Stacks.FirstOrDefault(s => s.TypeName == top.TypeName);
        return new WhatGrew(current.Benchmark, baseline is not null, growths, stack, current);
    }

    private static TypeGrowth Growth(string name, AllocationProfile? baseline, AllocationProfile current)
    {
        var now = current.Find(name);
        var before = baseline?.Find(name);
        var error = Math.Sqrt(Square(now?.StandardError ?? 0) + Square(before?.StandardError ?? 0));
        return new TypeGrowth(
            name,
            baseline is null ? null : before?.BytesPerOperation ?? 0,
            now?.BytesPerOperation ?? 0,
            Estimates.Z95 * error);
    }

    private static bool Negligible(TypeGrowth growth) =>
        growth.WithinNoise && Math.Max(growth.CurrentBytesPerOperation, growth.BaselineBytesPerOperation ?? 0) < NegligibleBytesPerOperation;

    private static double Square(double value) => value * value;
}
