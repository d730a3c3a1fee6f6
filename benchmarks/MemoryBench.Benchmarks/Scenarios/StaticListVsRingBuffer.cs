using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Keeping the recent readings of a sensor to report the latest: a static <see cref="List{T}"/> that every reading
/// is added to and nothing ever removes, against a ring buffer of fixed size that overwrites the oldest.
/// </summary>
/// <remarks>
/// The leaky side keeps 8 bytes per reading in an array that doubles when full: nothing between two doublings, then a
/// lump as large as everything kept so far, 8-16 bytes per reading amortised. No object is kept per call, so only a
/// measurement over spans that contain the doublings sees the leak. The ring buffer is allocated once and keeps
/// <see cref="RingCapacity"/> readings, however long it runs.
/// </remarks>
// The leak grows with every call: a fixed number of calls per iteration, see LeakRuns.
[InvocationCount(LeakRuns.CallsPerIteration)]
[WarmupCount(LeakRuns.WarmupIterations)]
[IterationCount(LeakRuns.MeasuredIterations)]
[BenchmarkCategory(nameof(StaticListVsRingBuffer))]
public class StaticListVsRingBuffer
{
    private const int RingCapacity = 1_024;

    // Process-wide, as such histories usually are.
    private static readonly List<long> History = [];
    private static readonly long[] Ring = new long[RingCapacity];

    private static int ringNext;

    private long listClock;
    private long ringClock;

    [Benchmark(Baseline = true)]
    public long StaticList()
    {
        History.Add(Read(listClock++));
        return History[^1];
    }

    [Benchmark]
    public long RingBuffer()
    {
        Ring[ringNext] = Read(ringClock++);
        var latest = Ring[ringNext];
        ringNext = (ringNext + 1) % RingCapacity;
        return latest;
    }

    /// <summary>Forgets every reading, so that one run's leak does not weigh on the next.</summary>
    [GlobalCleanup]
    public static void ForgetReadings()
    {
        History.Clear();
        History.TrimExcess();
        Array.Clear(Ring);
        ringNext = 0;
    }

    // Stands for reading a sensor: a value that changes from call to call.
    private static long Read(long tick) => (tick * 7_919) % 1_000_003;
}
