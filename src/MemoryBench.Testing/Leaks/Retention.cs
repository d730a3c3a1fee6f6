using System.Diagnostics;
using MemoryBench.Leaks;
using MemoryBench.Testing.Measuring;

namespace MemoryBench.Testing.Leaks;

/// <summary>
/// The readings of a retention measurement: a warm-up batch, then batches of calls that double up to a second each, each
/// followed by a full collection, for as long as the caller asks for another (see LeakLimit, which judges them as they
/// come).
/// </summary>
/// <remarks>
/// Doubling batches are what let a collection that only grows (a static <c>List&lt;T&gt;</c>, a dictionary, a log)
/// show: its memory grows in lumps when its array doubles, so equal batches mostly fall between two doublings, while a
/// batch as long as all before it holds one doubling or so. That holds only while the batches are long against the
/// calls made before them, so retention is measured before anything else calls the operation. Doubling also makes each
/// batch's figure twice as sure as the one before: memory that other threads keep for a while moves a reading by the
/// same bytes whatever the batch, so per call it weighs half as much in each new batch.
/// </remarks>
internal sealed class Retention
{
    /// <summary>Measured batches at most in a judged window, each twice the one before: 511 first batches' worth of calls.</summary>
    public const int MostMeasuredBatches = 9;

    /// <summary>Batches of equal length a judged window holds at most.</summary>
    public const int MostEqualBatches = 16;

    /// <summary>Measured batches at least in a judged window, for a slow operation.</summary>
    public const int FewestMeasuredBatches = 5;

    /// <summary>Calls in the first batch at most: nine batches then hold 199,801 calls, and a leak of a whole window stays in the tens of megabytes.</summary>
    public const int MaxFirstBatch = 391;

    /// <summary>The time a first batch aims at: a fast operation gets its most calls, a slow one a batch of one call.</summary>
    public static readonly TimeSpan FirstBatchTime = TimeSpan.FromMilliseconds(0.2);

    /// <summary>The time the window of a slow operation aims at, or more when even the fewest batches take longer.</summary>
    public static readonly TimeSpan MeasuredTime = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// A batch that took this long is not doubled again: the batches after it are as long, so a measurement that other
    /// threads keep unsure goes on in steps of the same length, each as sure as the last, not twice as long each time.
    /// </summary>
    /// <remarks>
    /// Short enough that what another thread lets go at once (a cache emptied) falls in a few of the batches, which the
    /// median leaves out, rather than in most of them; at a second, a neighbour that let a megabyte go about once a
    /// second kept a slow operation inconclusive (docs/assertions.md, "Measurements").
    /// </remarks>
    public static readonly TimeSpan LongestBatch = TimeSpan.FromMilliseconds(250);

    /// <summary>What other threads may allocate during a batch before the batches get controls (see <see cref="NextAsync"/>).</summary>
    public const long QuietOthersBytes = 1024 * 1024;

    // A collection can retire the calling thread's allocation context: its unused part then counts as allocated by the calls.
    private const long SlackPerCollection = 8 * 1024;

    private readonly CallLoop loop;
    private readonly List<HeapReading> readings = [];
    private long nextBatch;
    private long processAllocated;
    private bool othersSeen;

    private Retention(CallLoop loop, long firstBatch, int window)
    {
        this.loop = loop;
        nextBatch = firstBatch;
        Window = window;
    }

    /// <summary>Readings so far: the first after the warm-up batch (zero calls), then one per batch.</summary>
    public IReadOnlyList<HeapReading> Readings => readings;

    /// <summary>Batches a judgement looks at: as many as fit in <see cref="MeasuredTime"/>, 5 to 9.</summary>
    public int Window { get; }

    /// <summary>
    /// Batches the next judgement looks at: the last batches of equal length once there are enough of them (16 at
    /// most), else the window of doubling batches, or as many as there are.
    /// </summary>
    /// <remarks>
    /// Batches of equal length weigh alike: another thread's memory moves each by the same bytes per call, where in a
    /// window of doubling batches the shorter ones weigh most in the spread of the median.
    /// </remarks>
    public int JudgedBatches
    {
        get
        {
            var batches = readings.Count - 1;
            var equal = 1;
            while (equal < batches && Calls(batches - equal) == Calls(batches))
            {
                equal++;
            }

            return equal >= FewestMeasuredBatches ? Math.Min(equal, MostEqualBatches) : Math.Min(batches, Window);
        }
    }

    /// <summary>Sizes the first batch, runs the warm-up batch and takes the first reading.</summary>
    public static async ValueTask<Retention> StartAsync(CallLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        var (first, firstTime) = await FirstBatchAsync(loop).ConfigureAwait(false);
        var retention = new Retention(loop, first, MeasuredBatches(firstTime));
        SurvivingHeap.AfterFullCollection();
        await loop.RunUncountedAsync(first).ConfigureAwait(false);
        retention.readings.Add(new HeapReading(0, SurvivingHeap.AfterFullCollection(), 0, 0, CountedOnThread: true, 0));
        retention.processAllocated = GC.GetTotalAllocatedBytes(precise: true);
        return retention;
    }

    /// <summary>Both estimates over one window of batches, measured with no other MemoryBench measurement beside it.</summary>
    public static async ValueTask<RetainedMemoryEstimates> MeasureWindowAsync(CallLoop loop)
    {
        using var turn = await MeasurementTurns.AloneAsync(loop).ConfigureAwait(false);
        var retention = await StartAsync(loop).ConfigureAwait(false);
        for (var batch = 0; batch < retention.Window; batch++)
        {
            await retention.NextAsync().ConfigureAwait(false);
        }

        return OthersKeepingRate.Of(retention.readings).Estimates(retention.readings);
    }

    /// <summary>Runs the next batch, twice the last until one takes <see cref="LongestBatch"/>, and takes its reading.</summary>
    /// <remarks>
    /// Once other threads have been seen allocating, each batch is followed by a control: as long again without calls,
    /// busy as the calls were (<see cref="CallLoop.IdleAsync"/>), then a full collection. What the heap gained in the
    /// control is what other threads kept meanwhile: it is left out of the readings, and the rate it shows is taken off the
    /// batches (<see cref="OthersKeepingRate"/>). A neighbour that keeps memory at a steady rate (a cache filling) would
    /// otherwise read as a leak of the calls, the more so the slower they are.
    /// </remarks>
    public async ValueTask NextAsync()
    {
        var started = Stopwatch.GetTimestamp();
        var round = await loop.RunAsync(nextBatch).ConfigureAwait(false);
        var duration = Stopwatch.GetElapsedTime(started);
        var surviving = SurvivingHeap.AfterFullCollection();
        var processNow = GC.GetTotalAllocatedBytes(precise: true);
        var onThread = round.Counting == AllocationCounting.CurrentThread;
        // What the calls read beyond their own allocations (a retired context's slack) is counted as the measurement's.
        var callsBytes = onThread ? Math.Max(0, round.AllocatedBytes - (SlackPerCollection * round.Collections.Gen0)) : round.AllocatedBytes;
        var others = Math.Max(0, processNow - processAllocated - callsBytes);
        processAllocated = processNow;
        othersSeen |= others > QuietOthersBytes;
        var controlGrowth = 0L;
        if (othersSeen)
        {
            await loop.IdleAsync(duration).ConfigureAwait(false);
            var afterControl = SurvivingHeap.AfterFullCollection();
            controlGrowth = afterControl - surviving;
            surviving = afterControl;
            var processAfterControl = GC.GetTotalAllocatedBytes(precise: true);
            others += processAfterControl - processAllocated;
            processAllocated = processAfterControl;
        }

        var last = readings[^1];
        readings.Add(new HeapReading(
            last.Calls + round.Calls,
            surviving,
            last.CallsAllocatedBytes + round.AllocatedBytes,
            last.OtherAllocatedBytes + others,
            last.CountedOnThread && onThread,
            last.OthersKeptBytes + controlGrowth,
            FollowedByControl: othersSeen));
        if (duration < LongestBatch)
        {
            nextBatch *= 2;
        }
    }

    private long Calls(int batch) => readings[batch].Calls - readings[batch - 1].Calls;

    /// <summary>
    /// How many doubling batches a window holds when the first takes <paramref name="firstTime"/>: as many as fit in
    /// <see cref="MeasuredTime"/>, from <see cref="FewestMeasuredBatches"/> to <see cref="MostMeasuredBatches"/>.
    /// </summary>
    public static int MeasuredBatches(TimeSpan firstTime) =>
        GeometricBatches.CountWithin(MeasuredTime, firstTime, FewestMeasuredBatches, MostMeasuredBatches);

    /// <summary>
    /// Doubles a trial batch from one call until it takes <see cref="FirstBatchTime"/> or holds <see cref="MaxFirstBatch"/>
    /// calls; about twice the first batch's calls in all, so the calls before the measured batches stay few.
    /// </summary>
    /// <remarks>
    /// The code is not optimised yet, so the trial is slower than the code will be: the batches are smaller, not wrong.
    /// A thread switch that stretches a trial on a busy machine does the same.
    /// </remarks>
    private static async ValueTask<(int Calls, TimeSpan Time)> FirstBatchAsync(CallLoop loop)
    {
        // The first call pays for JIT and first-call initialisation.
        await loop.RunUncountedAsync(1).ConfigureAwait(false);
        var calls = 1;
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            await loop.RunUncountedAsync(calls).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed >= FirstBatchTime || calls >= MaxFirstBatch)
            {
                return (calls, elapsed);
            }

            calls = Math.Min(calls * 2, MaxFirstBatch);
        }
    }
}
