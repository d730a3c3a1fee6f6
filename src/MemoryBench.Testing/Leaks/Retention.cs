using System.Diagnostics;
using MemoryBench.Leaks;
using MemoryBench.Testing.Measuring;

namespace MemoryBench.Testing.Leaks;

/// <summary>
/// The memory an operation keeps reachable per call: a warm-up batch, then batches of calls that double, with a full
/// collection after each, and the core library's estimates over the surviving heap: the median growth per call and the
/// growth over the whole span, whichever is surer (as BenchmarkDotNet's retained-memory diagnoser measures).
/// </summary>
/// <remarks>
/// Doubling batches are what let a collection that only grows (a static <c>List&lt;T&gt;</c>, a dictionary, a log)
/// show: its memory grows in lumps when its array doubles, so equal batches mostly fall between two doublings and
/// their median reads nothing, while over the doubling span every lump is inside. That holds only while the span is
/// long against the calls made before it (511 first batches against three), so retention is measured first, before the
/// warm-up and the counting, which may make millions of calls: a list they grew would not double again in the span.
/// The surviving heap is the whole process's: what another thread keeps alive while the batches run is in it. Memory
/// that comes and goes (garbage, a test's temporary data) moves single samples and widens the standard errors, so it
/// does not read as a leak; memory another thread keeps accumulating during the batches would.
/// </remarks>
internal static class Retention
{
    /// <summary>Measured batches at most, each twice the one before: 511 first batches' worth of calls.</summary>
    public const int MostMeasuredBatches = 9;

    /// <summary>Measured batches at least, for a slow operation.</summary>
    public const int FewestMeasuredBatches = 5;

    /// <summary>Calls in the first batch at most: all nine then hold 199,801 calls, and a leak of a whole measurement stays in the tens of megabytes.</summary>
    public const int MaxFirstBatch = 391;

    /// <summary>The time a first batch aims at: a fast operation gets its most calls, a slow one a batch of one call.</summary>
    public static readonly TimeSpan FirstBatchTime = TimeSpan.FromMilliseconds(0.2);

    /// <summary>The time the measured batches of a slow operation aim at, or more when even the fewest batches take longer.</summary>
    public static readonly TimeSpan MeasuredTime = TimeSpan.FromMilliseconds(100);

    public static async ValueTask<RetainedMemoryEstimates> MeasureAsync(CallLoop loop)
    {
        var (first, firstTime) = await FirstBatchAsync(loop).ConfigureAwait(false);
        var samples = await DoublingBatchSampler.SampleAsync(
            loop.RunUncountedAsync, first, MeasuredBatches(firstTime), warmupBatches: 1).ConfigureAwait(false);
        return RetainedMemoryEstimates.Of(samples);
    }

    /// <summary>
    /// How many doubling batches follow a first that took <paramref name="firstTime"/>: as many as fit in
    /// <see cref="MeasuredTime"/>, from <see cref="FewestMeasuredBatches"/> to <see cref="MostMeasuredBatches"/>.
    /// </summary>
    public static int MeasuredBatches(TimeSpan firstTime) =>
        GeometricBatches.CountWithin(MeasuredTime, firstTime, FewestMeasuredBatches, MostMeasuredBatches);

    /// <summary>
    /// Doubles a trial batch from one call until it takes <see cref="FirstBatchTime"/> or holds <see cref="MaxFirstBatch"/>
    /// calls; about twice the first batch's calls in all, so the calls before the measured span stay few.
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
