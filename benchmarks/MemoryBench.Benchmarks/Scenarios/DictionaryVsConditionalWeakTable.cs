using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Attaching data to objects one does not own (here, the time a request was received) through a
/// static side table. A <see cref="Dictionary{TKey, TValue}"/> keyed by the request holds every request
/// and its data for the life of the process; a <see cref="ConditionalWeakTable{TKey, TValue}"/> lets
/// an entry go as soon as its request is unreachable.
/// </summary>
/// <remarks>
/// The leaky side retains per operation one 24-byte <see cref="Request"/>, its 24-byte
/// <see cref="Received"/> and one dictionary entry (24 bytes plus a 4-byte bucket): 76 bytes, plus the
/// dictionary's spare capacity (up to as much again just after it grows). The fixed side retains nothing.
/// </remarks>
// The leak grows with every call: a fixed number of calls per iteration, see LeakRuns.
[InvocationCount(LeakRuns.CallsPerIteration)]
[WarmupCount(LeakRuns.WarmupIterations)]
[IterationCount(LeakRuns.MeasuredIterations)]
[BenchmarkCategory(nameof(DictionaryVsConditionalWeakTable))]
public class DictionaryVsConditionalWeakTable
{
    private static readonly Dictionary<Request, Received> StrongTable = [];
    private static readonly ConditionalWeakTable<Request, Received> WeakTable = [];

    private int clock;

    [Benchmark(Baseline = true)]
    public int StrongDictionary()
    {
        var request = new Request(clock);
        StrongTable.Add(request, new Received(clock));
        return Handle(request, StrongTable[request]);
    }

    [Benchmark]
    public int WeakConditionalTable()
    {
        var request = new Request(clock);
        WeakTable.Add(request, new Received(clock));
        if (!WeakTable.TryGetValue(request, out var received))
        {
            throw new KeyNotFoundException("The request was added just before.");
        }

        return Handle(request, received);
    }

    /// <summary>Forgets every request, so that one run's leak does not weigh on the next.</summary>
    [GlobalCleanup]
    public static void ForgetRequests()
    {
        StrongTable.Clear();
        StrongTable.TrimExcess();
        WeakTable.Clear();
    }

    // Handling takes some ticks of the clock; the data attached on arrival tells how many.
    private int Handle(Request request, Received received)
    {
        clock += 1 + (request.Id % 7);
        return clock - received.At;
    }

    /// <summary>Stands for a type of a library: it has no room for the data the application needs.</summary>
    private sealed class Request(int id)
    {
        public int Id { get; } = id;
    }

    private sealed class Received(int at)
    {
        public int At { get; } = at;
    }
}
