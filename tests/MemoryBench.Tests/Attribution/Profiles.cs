using System.Collections.Immutable;
using MemoryBench.Attribution;

namespace MemoryBench.Tests.Attribution;

/// <summary>Samples and profiles built in code for the attribution tests.</summary>
internal static class Profiles
{
    public static AllocationSample Sample(string type, long size, params string[] frames) => new(type, size, [.. frames]);

    /// <summary>
    /// What the runtime's sampling would report for <paramref name="count"/> objects of <paramref name="size"/> bytes:
    /// each is sampled with probability 1 - q^size, drawn from a seeded generator so the test is the same every run.
    /// </summary>
    public static IEnumerable<AllocationSample> Simulated(Random random, string type, long size, long count, params string[] frames)
    {
        var probability = 1 - Math.Pow(1 - (1 / SampledBytes.MeanSamplingDistance), size);
        for (var i = 0L; i < count; i++)
        {
            if (random.NextDouble() < probability)
            {
                yield return Sample(type, size, frames);
            }
        }
    }

    public static AllocationProfile Profile(string benchmark, params (string Type, double Bytes, double Error)[] types) => new(
        benchmark,
        Operations: 1_000_000,
        Samples: types.Length * 100,
        BytesPerOperation: types.Sum(type => type.Bytes),
        [.. types.Select(type => new TypeAllocation(type.Type, type.Bytes, type.Error, 100))],
        ImmutableArray<AllocationSite>.Empty);
}
