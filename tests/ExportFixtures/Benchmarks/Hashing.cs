using BenchmarkDotNet.Attributes;
using ExportFixtures.Configuration;

namespace ExportFixtures.Benchmarks;

/// <summary>No memory diagnoser: memory is "not measured" in the export.</summary>
[Config(typeof(ShortJobConfig))]
public class Hashing
{
    private readonly string text = new('h', 64);

    [Benchmark]
    public int HashCode() => text.GetHashCode(StringComparison.Ordinal);
}
