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
        [.. types.OrderByDescending(type => type.Bytes).Select(type => new TypeAllocation(type.Type, type.Bytes, type.Error, 100))],
        ImmutableArray<AllocationSite>.Empty);

    /// <summary>
    /// A profile as the runtime's sampling would give it over <paramref name="operations"/> operations: each type's
    /// sample count drawn from its Poisson distribution (mean: its bytes over the operations, divided by the mean
    /// sampling distance), the counted figure the exact sum of the types' bytes.
    /// </summary>
    public static AllocationProfile Sampled(
        Random random, string benchmark, long operations, params (string Type, long ObjectSize, double BytesPerOperation)[] types)
    {
        var samples = new List<AllocationSample>();
        foreach (var (type, size, bytes) in types)
        {
            var probability = 1 - Math.Pow(1 - (1 / SampledBytes.MeanSamplingDistance), size);
            var count = Poisson(random, bytes * operations / size * probability);
            samples.AddRange(Enumerable.Repeat(Sample(type, size, $"{type}.Allocate() in {type}.cs:12", "Bench.Run()"), count));
        }

        return AllocationProfiler.Build(benchmark, samples, operations) with { CountedBytesPerOperation = types.Sum(type => type.BytesPerOperation) };
    }

    // Knuth's multiplication method for small means; a rounded normal for large ones, where it is as good for a test.
    private static int Poisson(Random random, double mean)
    {
        if (mean > 50)
        {
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * normal)));
        }

        var limit = Math.Exp(-mean);
        var count = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble())
        {
            count++;
        }

        return count;
    }
}
