using System.Globalization;
using BenchmarkDotNet.Attributes;
using ExportFixtures.Configuration;

namespace ExportFixtures.Benchmarks;

/// <summary>[Arguments], with a string argument that carries characters a report must escape.</summary>
[MemoryDiagnoser]
[Config(typeof(ShortJobConfig))]
public class Formatting
{
    [Benchmark]
    [Arguments(3, "a|b")]
    [Arguments(42, "<x>")]
    public string Format(int number, string suffix) => number.ToString(CultureInfo.InvariantCulture) + suffix;
}
