using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Materialising every generated string into a <see cref="List{T}"/> before consuming it,
/// against producing them lazily with an iterator that is consumed once.
/// </summary>
[BenchmarkCategory(nameof(EagerListVsIterator))]
public class EagerListVsIterator
{
    [Params(1_000, 100_000)]
    public int Count { get; set; }

    [Benchmark(Baseline = true)]
    public int EagerList() => TotalLength(Generate.Eager(Count));

    [Benchmark]
    public int Iterator() => TotalLength(Generate.Lazy(Count));

    private static int TotalLength(IEnumerable<string> items)
    {
        var total = 0;
        foreach (var item in items)
        {
            total += item.Length;
        }

        return total;
    }

    internal static class Generate
    {
        public static List<string> Eager(int count)
        {
            var items = new List<string>();
            for (var i = 0; i < count; i++)
            {
                items.Add(Item(i));
            }

            return items;
        }

        public static IEnumerable<string> Lazy(int count)
        {
            for (var i = 0; i < count; i++)
            {
                yield return Item(i);
            }
        }

        private static string Item(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
