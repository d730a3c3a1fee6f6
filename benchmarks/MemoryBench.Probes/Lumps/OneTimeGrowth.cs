using System.Buffers;
using BenchmarkDotNet.Attributes;

namespace MemoryBench.Probes.Lumps;

/// <summary>Memory that grows once and then stays: none of it is a leak.</summary>
public class OneTimeGrowth
{
    private const int CacheCapacity = 256;
    private const int ListLimit = 10_000;

    private static readonly Lazy<long[]> LazyTable = new(() => [.. Enumerable.Range(0, 32 * 1024).Select(i => (long)i)]);

    private readonly Dictionary<int, string> cache = new();
    private readonly List<long> recent = new(8 * 1024);
    private int calls;

    /// <summary>A cache that fills to 256 entries (in the warm-up) and then replaces them.</summary>
    [Benchmark]
    public int CacheFilledInWarmup()
    {
        var key = calls++ % CacheCapacity;
        if (!cache.TryGetValue(key, out var value))
        {
            value = new string('c', 8);
            cache[key] = value;
        }

        return value.Length;
    }

    /// <summary>A 256 KB table built on first use.</summary>
    [Benchmark]
    public long LazyStatic() => LazyTable.Value[calls++ & 1023];

    /// <summary>A 64 KB array rented from the shared pool and returned on every call.</summary>
    [Benchmark]
    public int PooledArray()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        buffer[calls++ & 1023] = 1;
        var length = buffer.Length;
        ArrayPool<byte>.Shared.Return(buffer);
        return length;
    }

    /// <summary>A list of the last values made for 8,192 and emptied at 10,000: its array grows to 16,384 slots once and stays.</summary>
    [Benchmark]
    public int BoundedListResizedOnce()
    {
        if (recent.Count == ListLimit)
        {
            recent.Clear();
        }

        recent.Add(calls++);
        return recent.Count;
    }
}
