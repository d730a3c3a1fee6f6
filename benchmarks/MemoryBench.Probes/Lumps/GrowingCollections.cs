using System.Text;
using BenchmarkDotNet.Attributes;

namespace MemoryBench.Probes.Lumps;

/// <summary>
/// Collections that only grow, one element per call, held by the instance as a static would hold them for the
/// process: the commonest managed leak. Their storage grows in lumps (an array doubling, a chunk added).
/// </summary>
/// <remarks>
/// Amortised costs per call on 64-bit follow from the element and the storage's growth policy (the figures read:
/// docs/measurements.md). A fixed number of
/// calls per iteration, as the suite's leak pairs: a pilot stage sized by time would grow them to gigabytes.
/// </remarks>
[InvocationCount(80_000)]
public class GrowingCollections
{
    private const int LoggedChars = 16;

    private readonly List<long> longs = [];
    private readonly List<string> strings = [];
    private readonly Dictionary<int, int> dictionary = [];
    private readonly HashSet<long> set = [];
    private readonly StringBuilder log = new();
    private int calls;

    /// <summary>8 B per element, the array doubling: 8-16 B/op.</summary>
    [Benchmark]
    public int ListOfLong()
    {
        longs.Add(calls++);
        return longs.Count;
    }

    /// <summary>A new 40 B string (8 chars) and an 8 B reference per call, the array doubling: 48-56 B/op.</summary>
    [Benchmark]
    public int ListOfString()
    {
        strings.Add(new string('s', 8));
        return strings.Count;
    }

    /// <summary>A 16 B entry and a 4 B bucket per element, storage growing to the next prime past twice its size: 20-42 B/op.</summary>
    [Benchmark]
    public int DictionaryOfInt()
    {
        dictionary[calls] = calls++;
        return dictionary.Count;
    }

    /// <summary>A 16 B entry and a 4 B bucket per element, as the dictionary: 20-42 B/op.</summary>
    [Benchmark]
    public int HashSetOfLong()
    {
        set.Add(calls++);
        return set.Count;
    }

    /// <summary>16 chars (32 B) per call in chunks as long as the builder so far, up to 8,000 chars (16 KB): 32-64 B/op, 32-33 once long.</summary>
    [Benchmark]
    public int StringBuilderLog()
    {
        log.Append('l', LoggedChars);
        return log.Length;
    }
}
