using System.Buffers;
using System.Collections.Concurrent;

namespace MemoryBench.Testing.Tests.Verdicts;

/// <summary>Operations that keep nothing per call (some build something once): DoesNotLeak must pass each.</summary>
internal static class NotLeaking
{
    private static readonly BoundedCache Cache = new(capacity: 1_000);
    private static readonly ConcurrentDictionary<int, string> FiftyKeys = new();
    private static readonly Lazy<int[]> Table = new(() => [.. Enumerable.Range(0, 1_000)]);
    private static readonly int[] Readings = [.. Enumerable.Range(0, 64)];
    private static int cacheCalls;
    private static int tableCalls;
    private static int keyCalls;

    // Where the allocated object escapes to, so that the JIT cannot keep it on the stack.
    private static object? lastObject;

    /// <summary>A least-recently-used cache of 1,000 entries over 5,000 keys: it fills, then evicts one entry per miss.</summary>
    public static void UseBoundedCache() => _ = Cache.Get(++cacheCalls % 5_000);

    /// <summary>Rents a kilobyte from the shared array pool and returns it.</summary>
    public static void RentAndReturn()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1_024);
        buffer[0] = 1;
        ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>Awaits Task.Yield: every call goes on on the thread pool.</summary>
    public static async Task YieldAsync() => await Task.Yield();

    /// <summary>Reads a table built once, on first use.</summary>
    public static int ReadLazyTable() => Table.Value[++tableCalls % 1_000];

    /// <summary>Gets or adds one of 50 keys: the dictionary fills once.</summary>
    public static string GetOneOfFiftyKeys() => FiftyKeys.GetOrAdd(++keyCalls % 50, static key => key.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Sums a span: allocates nothing.</summary>
    public static long SumSpan()
    {
        var total = 0L;
        foreach (var reading in Readings.AsSpan())
        {
            total += reading;
        }

        return total;
    }

    /// <summary>Allocates one 24-byte object and lets it go at the next call.</summary>
    public static void AllocateOneObject() => lastObject = new object();

    private sealed class BoundedCache(int capacity)
    {
        private readonly Dictionary<int, LinkedListNode<(int Key, string Value)>> entries = [];
        private readonly LinkedList<(int Key, string Value)> recency = new();

        public string Get(int key)
        {
            if (entries.TryGetValue(key, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                return node.Value.Value;
            }

            if (entries.Count == capacity)
            {
                var oldest = recency.Last!;
                recency.RemoveLast();
                entries.Remove(oldest.Value.Key);
            }

            var added = recency.AddFirst((key, key.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            entries[key] = added;
            return added.Value.Value;
        }
    }
}
