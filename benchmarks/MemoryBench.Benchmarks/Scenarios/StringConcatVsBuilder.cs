using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using MemoryBench.BenchmarkDotNet;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Building a comma-separated line by concatenating strings in a loop, which copies the whole line
/// built so far on every step (quadratic in the number of parts), against appending to one
/// <see cref="StringBuilder"/> and copying once at the end.
/// </summary>
[BenchmarkCategory(nameof(StringConcatVsBuilder))]
public class StringConcatVsBuilder
{
    private int[] values = [];

    [Params(16, 1_024)]
    public int Parts { get; set; }

    [GlobalSetup]
    public void CreateValues() => values = [.. Enumerable.Range(0, Parts).Select(i => i * 7_919)];

    // Wasteful in what it allocates, never in what it keeps: a budget declared next to the benchmark, which the
    // export carries to every comparison.
    [Benchmark(Baseline = true)]
    [MemoryBudget(RetainsNothing = true)]
    public string Concatenation()
    {
        var line = string.Empty;
        foreach (var value in values)
        {
            line += value.ToString(CultureInfo.InvariantCulture) + ",";
        }

        return line;
    }

    [Benchmark]
    public string Builder()
    {
        InjectedRegression.AllocateWhenEnabled(Parts);
        var line = new StringBuilder();
        foreach (var value in values)
        {
            // Append(int) formats in place. An interpolated $"{value}," would go through the generic
            // AppendFormatted<int>, which boxes the value while the JIT's instrumented tier runs it.
            // Every culture writes non-negative integers alike, so no format provider is needed.
            line.Append(value).Append(',');
        }

        return InjectedRegression.KeepAliveWhenEnabled(line.ToString(), Parts);
    }
}
