using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Each operation reserves stock and registers how to undo the reservation, a callback capturing the
/// operation's own state, in case the work fails. The leaky side registers it in a process-wide static
/// collection that nothing ever empties, so every call leaves its closure behind; the fixed side
/// registers it in a list scoped to the unit of work, emptied when the work completes.
/// </summary>
/// <remarks>
/// The leaky side retains per operation one 32-byte closure (holding the stock's owner, the product and
/// the quantity), its 64-byte <see cref="Action"/> and the 32-byte node holding it in the static stack:
/// 128 bytes. The fixed side retains nothing.
/// </remarks>
// The leak grows with every call: a fixed number of calls per iteration, see LeakRuns.
[InvocationCount(LeakRuns.CallsPerIteration)]
[WarmupCount(LeakRuns.WarmupIterations)]
[IterationCount(LeakRuns.MeasuredIterations)]
[BenchmarkCategory(nameof(StaticCallbacksVsScoped))]
public class StaticCallbacksVsScoped
{
    // Concurrent, as process-wide collections usually are. Its nodes also make every call allocate the
    // same bytes: a growing array would allocate in lumps, whenever it doubles.
    private static readonly ConcurrentStack<Action> UndoForever = [];

    private readonly List<Action> undoThisUnit = [];
    private readonly Stock stock = new();
    private int nextOrder;

    [Benchmark(Baseline = true)]
    public int StaticCollection()
    {
        var reserved = Reserve(out var undo);
        UndoForever.Push(undo);
        return reserved;
    }

    [Benchmark]
    public int ScopedCollection()
    {
        var reserved = Reserve(out var undo);
        undoThisUnit.Add(undo);

        // The unit of work has completed: its undo callbacks are no longer needed.
        undoThisUnit.Clear();
        return reserved;
    }

    /// <summary>Forgets every registered callback, so that one run's leak does not weigh on the next.</summary>
    [GlobalCleanup]
    public static void ForgetCallbacks() => UndoForever.Clear();

    private int Reserve(out Action undo)
    {
        var order = nextOrder++;
        var product = order % Stock.Products;
        var quantity = 1 + (order % 3);
        stock.Reserve(product, quantity);
        undo = () => stock.Release(product, quantity);
        return stock.Reserved(product);
    }

    private sealed class Stock
    {
        public const int Products = 8;

        private readonly int[] reserved = new int[Products];

        public void Reserve(int product, int quantity) => reserved[product] += quantity;

        public void Release(int product, int quantity) => reserved[product] -= quantity;

        public int Reserved(int product) => reserved[product];
    }
}
