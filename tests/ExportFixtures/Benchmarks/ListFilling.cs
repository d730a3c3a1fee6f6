using BenchmarkDotNet.Attributes;
using ExportFixtures.Configuration;

namespace ExportFixtures.Benchmarks;

/// <summary>A generic benchmark type, run for two type arguments.</summary>
[MemoryDiagnoser]
[Config(typeof(ShortJobConfig))]
[GenericTypeArguments(typeof(int))]
[GenericTypeArguments(typeof(string))]
public class ListFilling<T>
{
    [Benchmark]
    public int Fill()
    {
        var items = new List<T?>();
        for (var i = 0; i < 16; i++)
        {
            items.Add(default);
        }

        return items.Count;
    }
}
