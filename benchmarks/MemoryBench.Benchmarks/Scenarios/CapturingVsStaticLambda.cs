using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Looking labels up in a <see cref="ConcurrentDictionary{TKey, TValue}"/> with a value factory that
/// captures a local, which allocates a closure and a delegate on every call even when the label is
/// already there, against a static factory given its state explicitly, whose delegate the compiler
/// caches once for the process.
/// </summary>
[BenchmarkCategory(nameof(CapturingVsStaticLambda))]
public class CapturingVsStaticLambda
{
    private const int Keys = 16;
    private const string Unit = "kg";

    private readonly ConcurrentDictionary<int, string> labels = new();

    [GlobalSetup]
    public void FillLabels()
    {
        for (var key = 0; key < Keys; key++)
        {
            labels[key] = Label(key, Unit);
        }
    }

    [Benchmark(Baseline = true)]
    public int CapturingLambda()
    {
        var length = 0;
        for (var key = 0; key < Keys; key++)
        {
            length += LabelCapturing(key, Unit).Length;
        }

        return length;
    }

    [Benchmark]
    public int StaticLambda()
    {
        var length = 0;
        for (var key = 0; key < Keys; key++)
        {
            length += LabelWithState(key, Unit).Length;
        }

        return length;
    }

    private string LabelCapturing(int key, string unit) => labels.GetOrAdd(key, k => Label(k, unit));

    private string LabelWithState(int key, string unit) => labels.GetOrAdd(key, static (k, u) => Label(k, u), unit);

    private static string Label(int key, string unit) => string.Create(CultureInfo.InvariantCulture, $"{key} {unit}");
}
