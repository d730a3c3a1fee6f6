using BenchmarkDotNet.Attributes;
using ExportFixtures.Configuration;

namespace ExportFixtures.Benchmarks;

/// <summary>A benchmark that throws, so its report has no statistics, next to one that works.</summary>
[MemoryDiagnoser]
[Config(typeof(ShortJobConfig))]
public class Throwing
{
    [Benchmark]
    public int Throws() => throw new InvalidOperationException("This benchmark fails on purpose.");

    [Benchmark]
    public int Returns() => 42;
}
