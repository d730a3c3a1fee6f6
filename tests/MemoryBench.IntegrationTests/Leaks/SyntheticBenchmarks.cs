using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;

namespace MemoryBench.IntegrationTests.Leaks;

/// <summary>A node of a chain that only grows: 24 bytes on 64-bit (header, method table, one reference).</summary>
internal sealed class ChainNode(ChainNode? next)
{
    public ChainNode? Next { get; } = next;
}

/// <summary>A node that keeps a 1,000-byte array: 1,056 B on 64-bit (the node 32 B, the array 1,024 B).</summary>
internal sealed class PayloadNode(PayloadNode? next)
{
    public const int BytesKept = 32 + 1_024;

    public PayloadNode? Next { get; } = next;

    public byte[] Payload { get; } = new byte[1_000];
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

/// <summary>
/// Keeps one node per call after an await that completes on another thread: only an awaited call has kept it.
/// </summary>
/// <remarks>
/// The continuations run on one dedicated thread, not the thread pool: after Task.Yield the pool kept about 2 KB more
/// after every other batch, which blurred a leak of a few calls a batch on a busy machine.
/// </remarks>
public class AsynchronousLeak : IDisposable
{
    private readonly SingleThreadCompletion completion = new();
    private PayloadNode? head;

    [Benchmark]
    public async Task LeakAfterAwait()
    {
        await completion.Next();
        head = new PayloadNode(head);
    }

    [Benchmark]
    public async ValueTask<int> LeakAfterAwaitWithResult()
    {
        await completion.Next();
        head = new PayloadNode(head);
        return 1;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        completion.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>Runs each awaiting continuation on its own thread, one at a time, as an I/O completion would.</summary>
internal sealed class SingleThreadCompletion : IDisposable
{
    private readonly SemaphoreSlim posted = new(0);
    private readonly Thread worker;
    private Action? continuation;
    private bool stopping;

    public SingleThreadCompletion()
    {
        worker = new Thread(Run) { IsBackground = true, Name = nameof(SingleThreadCompletion) };
        worker.Start();
    }

    public Awaitable Next() => new(this);

    public void Dispose()
    {
        stopping = true;
        posted.Release();
        worker.Join();
        posted.Dispose();
    }

    private void Post(Action next)
    {
        continuation = next;
        posted.Release();
    }

    private void Run()
    {
        while (true)
        {
            posted.Wait();
            if (stopping)
            {
                return;
            }

            Interlocked.Exchange(ref continuation, null)?.Invoke();
        }
    }

    /// <summary>Never complete when awaited: the continuation always goes to the worker thread.</summary>
    internal readonly struct Awaitable(SingleThreadCompletion owner) : INotifyCompletion
    {
        public bool IsCompleted => false;

        public Awaitable GetAwaiter() => this;

        public void OnCompleted(Action continuation) => owner.Post(continuation);

        public void GetResult()
        {
        }
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
