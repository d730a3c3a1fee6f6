using System.Collections;
using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Collecting readings in a non-generic <see cref="ArrayList"/>, which boxes every <see cref="int"/>
/// into its own 24-byte heap object, against a <see cref="List{T}"/> of <see cref="int"/> that stores
/// them inline.
/// </summary>
[BenchmarkCategory(nameof(BoxingVsGenerics))]
public class BoxingVsGenerics
{
    private readonly int[] readings = [.. Enumerable.Range(0, 1_000).Select(i => i * 31 % 1_009)];

    [Benchmark(Baseline = true)]
    public long Boxing()
    {
        var collected = new ArrayList(readings.Length);
        foreach (var reading in readings)
        {
            collected.Add(reading);
        }

        var total = 0L;
        foreach (var item in collected)
        {
            total += (int)item;
        }

        return total;
    }

    [Benchmark]
    public long Generic()
    {
        var collected = new List<int>(readings.Length);
        foreach (var reading in readings)
        {
            collected.Add(reading);
        }

        var total = 0L;
        foreach (var item in collected)
        {
            total += item;
        }

        return total;
    }
}
