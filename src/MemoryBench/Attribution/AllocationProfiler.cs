using System.Collections.Immutable;

namespace MemoryBench.Attribution;

/// <summary>Turns allocation samples into a profile: bytes per operation by type and by stack.</summary>
internal static class AllocationProfiler
{
    /// <summary>How many of the heaviest stacks a profile keeps, besides each type's own heaviest.</summary>
    public const int StackCount = 10;

    /// <summary>The profile of <paramref name="samples"/> of the runtime event <paramref name="sampledBy"/>, taken over <paramref name="operations"/> operations.</summary>
    /// <remarks>See <see cref="SampledBytes"/> for the estimator; types are independent sums, so their variances add.</remarks>
    public static AllocationProfile Build(
        string benchmark, IReadOnlyCollection<AllocationSample> samples, long operations, SamplingEvent sampledBy = SamplingEvent.AllocationSampled)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(operations);
        double perOperation = operations;

        var types = samples
            .GroupBy(sample => sample.TypeName, StringComparer.Ordinal)
            .Select(group => new TypeAllocation(
                group.Key,
                group.Sum(sample => sample.Weight) / perOperation,
                Math.Sqrt(group.Sum(sample => sample.VarianceTerm)) / perOperation,
                group.Count()))
            .OrderByDescending(type => type.BytesPerOperation)
            .ThenBy(type => type.TypeName, StringComparer.Ordinal)
            .ToImmutableArray();

        var heaviestFirst = samples
            .GroupBy(sample => (sample.TypeName, Stack: string.Join('\n', sample.Frames)))
            .Select(group => new AllocationSite(
                group.Key.TypeName,
                group.First().Frames,
                group.Sum(sample => sample.Weight) / perOperation,
                group.Count()))
            .OrderByDescending(stack => stack.BytesPerOperation)
            .ThenBy(stack => stack.TypeName, StringComparer.Ordinal)
            .ThenBy(stack => string.Join('\n', stack.Frames), StringComparer.Ordinal)
            .ToList();

        // "What grew" shows the stack of whichever type grew, and a small type that grew can have none among the
        // heaviest (one object of 24 B/op beside strings of a hundred call paths): each type keeps its own heaviest.
        var eachTypesHeaviest = heaviestFirst.DistinctBy(stack => stack.TypeName, StringComparer.Ordinal).ToHashSet();
        var stacks = heaviestFirst
            .Where((stack, rank) => rank < StackCount || eachTypesHeaviest.Contains(stack))
            .ToImmutableArray();

        return new AllocationProfile(benchmark, operations, samples.Count, types.Sum(type => type.BytesPerOperation), types, stacks)
        {
            SampledBy = sampledBy,
        };
    }
}
