using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Memoising an expensive description in a static cache that keeps every entry it is given, against
/// a bounded cache that evicts. Each operation serves a page of the <see cref="PageSize"/> most recent
/// items and the page slides by one item per operation, so both caches answer 15 lookups of 16 and
/// compute one new description: the hit rate is the same, only what the cache keeps differs.
/// </summary>
/// <remarks>
/// The unbounded side leaks: per operation it keeps one 56-byte description string and one
/// <see cref="Dictionary{TKey, TValue}"/> entry (24 bytes plus a 4-byte bucket), about 84 bytes, plus
/// the dictionary's spare capacity (up to as much again just after it grows). The bounded side keeps at
/// most <see cref="BoundedCapacity"/> entries, however long it runs.
/// </remarks>
// The leak grows with every call: a fixed number of calls per iteration, see LeakRuns.
[InvocationCount(LeakRuns.CallsPerIteration)]
[WarmupCount(LeakRuns.WarmupIterations)]
[IterationCount(LeakRuns.MeasuredIterations)]
[BenchmarkCategory(nameof(UnboundedVsBoundedCache))]
public class UnboundedVsBoundedCache
{
    private const int PageSize = 16;
    private const int BoundedCapacity = 64;
    private const string Prefix = "item-";
    private const int IdDigits = 10;

    // Process-wide, as such caches usually are: nothing ever removes an entry.
    private static readonly Dictionary<int, string> Unbounded = [];
    private static readonly DirectMappedCache Bounded = new(BoundedCapacity);

    private int unboundedPage;
    private int boundedPage;

    [Benchmark(Baseline = true)]
    public int UnboundedCache()
    {
        var first = unboundedPage++;
        var length = 0;
        for (var id = first; id < first + PageSize; id++)
        {
            if (!Unbounded.TryGetValue(id, out var description))
            {
                description = Describe(id);
                Unbounded.Add(id, description);
            }

            length += description.Length;
        }

        return length;
    }

    [Benchmark]
    public int BoundedCache()
    {
        var first = boundedPage++;
        var length = 0;
        for (var id = first; id < first + PageSize; id++)
        {
            length += Bounded.GetOrAdd(id).Length;
        }

        return length;
    }

    /// <summary>Empties both caches, so that one run's entries do not weigh on the next.</summary>
    [GlobalCleanup]
    public static void EmptyCaches()
    {
        Unbounded.Clear();
        Unbounded.TrimExcess();
        Bounded.Clear();
    }

    // Stands for an expensive computation: the reason the result is cached at all. Formatted with
    // int.TryFormat rather than an interpolated string: the handler's generic AppendFormatted<int> boxes
    // the id while the JIT's instrumented tier runs it, 24 bytes more on some calls of some runs.
    private static string Describe(int id) => string.Create(Prefix.Length + IdDigits, id, static (text, id) =>
    {
        Prefix.CopyTo(text);
        id.TryFormat(text[Prefix.Length..], out _, "D10", CultureInfo.InvariantCulture);
    });

    /// <summary>
    /// A cache of fixed size where each id has one slot and a newcomer evicts whoever held it: it never
    /// allocates beyond the values it computes.
    /// </summary>
    private sealed class DirectMappedCache(int capacity)
    {
        private readonly int[] ids = new int[capacity];
        private readonly string?[] descriptions = new string?[capacity];

        public string GetOrAdd(int id)
        {
            var slot = (int)((uint)id % (uint)ids.Length);
            var cached = descriptions[slot];
            if (cached is not null && ids[slot] == id)
            {
                return cached;
            }

            var description = Describe(id);
            ids[slot] = id;
            descriptions[slot] = description;
            return description;
        }

        public void Clear() => Array.Clear(descriptions);
    }
}
