using BenchmarkDotNet.Attributes;

namespace MemoryBench.Tests.Leaks;

/// <summary>A node of a chain that only grows: 24 bytes on 64-bit (header, method table, one reference).</summary>
internal sealed class ChainNode(ChainNode? next)
{
    public ChainNode? Next { get; } = next;
}

/// <summary>Keeps <see cref="NodesPerCall"/> 24-byte nodes per call, reachable from the instance.</summary>
public class ChainLeak
{
    private ChainNode? head;

    [Params(1, 3)]
    public int NodesPerCall { get; set; }

    [Benchmark]
    public object Leak()
    {
        for (var i = 0; i < NodesPerCall; i++)
        {
            head = new ChainNode(head);
        }

        return head!;
    }
}

/// <summary>Keeps one 24-byte node every third call: 8 bytes per operation on average.</summary>
public class SparseChainLeak
{
    private ChainNode? head;
    private int calls;

    [Benchmark]
    public object? LeakEveryThirdCall()
    {
        if (++calls % 3 == 0)
        {
            head = new ChainNode(head);
        }

        return head;
    }
}

/// <summary>Allocates a lot per call and keeps none of it.</summary>
public class AllocationHeavy
{
    private readonly int arrayLength = 100 * 1024;
    private readonly int pieces = 200;

    [Benchmark]
    public byte[] LargeArray() => new byte[arrayLength];

    [Benchmark]
    public string Concatenation()
    {
        var text = string.Empty;
        for (var i = 0; i < pieces; i++)
        {
            text += i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return text;
    }
}

/// <summary>Builds a 256 KB table on its first call, then only reads it.</summary>
public class LazilyBuiltTable
{
    private static readonly Lazy<int[]> Table = new(() => [.. Enumerable.Range(0, 64 * 1024)]);
    private readonly int index = 12_345;

    [Benchmark]
    public int Lookup() => Table.Value[index];
}

/// <summary>
/// Leaks one node per call into a chain created by [GlobalSetup]; fails without it. Counts the setup and cleanup calls.
/// </summary>
public class SetupDependentLeak
{
    private ChainNode[]? root;

    public static int GlobalSetups { get; private set; }

    public static int GlobalCleanups { get; private set; }

    public static int IterationSetups { get; private set; }

    public static int IterationCleanups { get; private set; }

    public static void ResetCounts() => (GlobalSetups, GlobalCleanups, IterationSetups, IterationCleanups) = (0, 0, 0, 0);

    [GlobalSetup]
    public void CreateRoot()
    {
        GlobalSetups++;
        root = [new ChainNode(null)];
    }

#pragma warning disable CA1822 // BenchmarkDotNet calls setup and cleanup on the instance, as real benchmark classes declare them.
    [IterationSetup]
    public void CountIterationSetup() => IterationSetups++;

    [IterationCleanup]
    public void CountIterationCleanup() => IterationCleanups++;

    [GlobalCleanup]
    public void CountGlobalCleanup() => GlobalCleanups++;
#pragma warning restore CA1822

    [Benchmark]
    public object Leak() => root![0] = new ChainNode(root[0]);
}

/// <summary>Leaks <c>nodes</c> nodes per call, given as a benchmark argument.</summary>
public class ArgumentLeak
{
    private ChainNode? head;

    [Benchmark]
    [Arguments(2)]
    public object Leak(int nodes)
    {
        for (var i = 0; i < nodes; i++)
        {
            head = new ChainNode(head);
        }

        return head!;
    }
}

/// <summary>Throws on every call, as a benchmark broken outside BenchmarkDotNet's own process might.</summary>
public class ThrowingBenchmark
{
    private readonly string message = "always fails";

    [Benchmark]
    public int Fail() => throw new InvalidOperationException(message);
}

/// <summary>Keeps one node per call after yielding to the thread pool: only an awaited call has kept it.</summary>
public class AsynchronousLeak
{
    private ChainNode? head;

    [Benchmark]
    public async Task LeakAfterYield()
    {
        await Task.Yield();
        head = new ChainNode(head);
    }

    [Benchmark]
    public async ValueTask<int> LeakAfterYieldWithResult()
    {
        await Task.Yield();
        head = new ChainNode(head);
        return 1;
    }
}

/// <summary>Keeps one 24-byte node per call in a list, whose backing array doubles now and then.</summary>
public class GrowingListLeak
{
    private readonly List<ChainNode> kept = [];

    [Benchmark]
    public int Leak()
    {
        kept.Add(new ChainNode(null));
        return kept.Count;
    }
}
