using BenchmarkDotNet.Attributes;
using ExportFixtures.Configuration;

namespace ExportFixtures.Benchmarks;

/// <summary>Carries retained-memory metrics in its export.</summary>
[Config(typeof(RetainedMemoryConfig))]
public class Caching
{
    private static readonly List<object> Everything = [];

    [Benchmark]
    public int Remember()
    {
        Everything.Add(new object());
        return Everything.Count;
    }
}
