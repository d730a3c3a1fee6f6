using System.Text;
using BenchmarkDotNet.Attributes;
using ExportFixtures.Configuration;

namespace ExportFixtures.Benchmarks;

/// <summary>[Params], a category and a baseline.</summary>
[MemoryDiagnoser]
[Config(typeof(ShortJobConfig))]
[BenchmarkCategory("Joining")]
public class StringJoining
{
    [Params(10, 100)]
    public int Count { get; set; }

    [Benchmark(Baseline = true)]
    public string Concatenation()
    {
        var text = string.Empty;
        for (var i = 0; i < Count; i++)
        {
            text += "x";
        }

        return text;
    }

    [Benchmark]
    public string Builder()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Count; i++)
        {
            text.Append('x');
        }

        return text.ToString();
    }
}
