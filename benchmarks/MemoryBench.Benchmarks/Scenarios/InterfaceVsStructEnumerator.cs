using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Totalling a <see cref="List{T}"/> and a <see cref="HashSet{T}"/> through one loop over
/// <see cref="IEnumerable{T}"/>, where <c>GetEnumerator</c> boxes each collection's struct enumerator
/// onto the heap, against a <c>foreach</c> over each concrete collection, whose struct enumerator
/// stays on the stack.
/// </summary>
/// <remarks>
/// .NET 10's JIT removes the box when an enumerating loop only ever sees one collection type: it
/// guesses the type from the profile and stack-allocates the enumerator on that path. A loop shared by
/// several collection types, as in any helper that takes <see cref="IEnumerable{T}"/>, keeps allocating;
/// that is the case measured here.
/// </remarks>
[BenchmarkCategory(nameof(InterfaceVsStructEnumerator))]
public class InterfaceVsStructEnumerator
{
    private readonly List<int> readings = [.. Enumerable.Range(0, 100)];
    private readonly HashSet<int> distinctReadings = [.. Enumerable.Range(0, 100).Select(i => i * 3)];
    private readonly IEnumerable<int>[] sources;

    public InterfaceVsStructEnumerator() => sources = [readings, distinctReadings];

    [Benchmark(Baseline = true)]
    public long InterfaceEnumerator()
    {
        var total = 0L;
        foreach (var source in sources)
        {
            foreach (var value in source)
            {
                total += value;
            }
        }

        return total;
    }

    [Benchmark]
    public long StructEnumerator()
    {
        var total = 0L;
        foreach (var value in readings)
        {
            total += value;
        }

        foreach (var value in distinctReadings)
        {
            total += value;
        }

        return total;
    }
}
