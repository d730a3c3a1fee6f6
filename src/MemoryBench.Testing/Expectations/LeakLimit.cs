using System.Diagnostics;
using MemoryBench.Testing.Leaks;
using MemoryBench.Testing.Measuring;

namespace MemoryBench.Testing;

/// <summary>
/// "Keeps at most N bytes per call": passes only on evidence that the calls keep no more, fails on evidence that they
/// keep more, and measures on while the readings cannot tell; at its time limit it fails as inconclusive.
/// </summary>
/// <remarks>
/// The surviving heap is the whole process's: tests running beside this one allocate and keep memory for a while, and
/// their memory is in every reading. It never decides a verdict by itself: a reading it moved widens the estimates'
/// standard errors, and the batches that follow, each twice as long as the one before, weigh it half as much per call
/// each time, until the figure is sure or the time is up. MemoryBench's own measurements never call their operations
/// meanwhile (<see cref="MeasurementTurns"/>), so a leak under test in another assertion is never counted in this one.
/// Retention is measured before anything else calls the operation (see <see cref="Retention"/>), and what the calls
/// allocated is counted within the same batches, so a figure of what grew is never taken after it stopped growing.
/// </remarks>
internal static class LeakLimit
{
    /// <summary>
    /// The least that counts as kept per call: a limit of 0 passes below it, and fails above it. A 40-byte object kept
    /// every 200th call: half the smallest leak the assertion is measured on, a 16-byte array kept every 100th call
    /// (0.4 B per call, 0.5 B with the list that holds it), and as far above nothing.
    /// </summary>
    public const double Resolution = 0.2;

    /// <summary>The longest the readings go on (after the operation's turn has come) before the verdict is inconclusive.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    /// <summary>The most the surviving heap may grow during a measurement: a leak this large is judged on what was read.</summary>
    public const long MostGrowthBytes = 1L << 30;

    public static async ValueTask<MemoryVerdict> CheckAsync(CallLoop loop, double maxRetainedBytesPerOperation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetainedBytesPerOperation);
        var threshold = Math.Max(maxRetainedBytesPerOperation, Resolution);
        using var turn = await MeasurementTurns.AloneAsync(loop).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        var retention = await Retention.StartAsync(loop).ConfigureAwait(false);
        LeakJudgement? judgement = null;
        var lastBatch = TimeSpan.Zero;
        while (judgement is not { Verdict: not LeakVerdict.Undecided })
        {
            var batchStarted = Stopwatch.GetTimestamp();
            await retention.NextAsync().ConfigureAwait(false);
            lastBatch = Stopwatch.GetElapsedTime(batchStarted);
            var timeUp = Stopwatch.GetElapsedTime(started) + (2 * lastBatch) > TimeLimit || Grown(retention) > MostGrowthBytes;
            // Judged from the fewest batches on, over the window once it is full: an operation that slows as it keeps
            // more (an event's invocation list copied on every subscription) is judged before it grows slow.
            var batches = retention.Readings.Count - 1;
            if (batches >= Retention.FewestMeasuredBatches || (timeUp && batches >= 2))
            {
                judgement = LeakJudgement.Judge(retention.Readings, retention.JudgedBatches, threshold, judgement);
            }

            if (timeUp && judgement is not null)
            {
                break;
            }
        }

        var measured = new LeakMeasurement(judgement, retention.Readings[^1].Calls, Stopwatch.GetElapsedTime(started), threshold);
        var types = judgement.Verdict == LeakVerdict.KeepsMore
            ? await RetainedTypeCensus.TakeAsync(loop, judgement).ConfigureAwait(false)
            : null;
        var measurement = new AllocationMeasurement(
            (long)Math.Round(judgement.CallsAllocatedPerCall * judgement.Calls),
            judgement.Calls,
            0,
            0,
            0,
            judgement.CountedOnThread ? AllocationCounting.CurrentThread : AllocationCounting.Process,
            IsPrecise: judgement.Verdict != LeakVerdict.Undecided,
            judgement.Retained)
        {
            RetainedEstimates = judgement.Estimates,
        };
        return new MemoryVerdict(
            judgement.Verdict == LeakVerdict.KeepsWithinThreshold,
            FailureText.Leak(maxRetainedBytesPerOperation, measured, types),
            measurement,
            []);
    }

    private static long Grown(Retention retention) => retention.Readings[^1].SurvivingBytes - retention.Readings[0].SurvivingBytes;
}
