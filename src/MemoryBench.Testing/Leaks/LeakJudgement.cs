using MemoryBench.Comparison;
using MemoryBench.Leaks;
using MemoryBench.Model;

namespace MemoryBench.Testing.Leaks;

/// <summary>What the readings of a retention measurement show about the memory the calls keep.</summary>
internal enum LeakVerdict
{
    /// <summary>Not yet sure either way: measure on.</summary>
    Undecided,

    /// <summary>The calls keep no more than the threshold per call, with confidence.</summary>
    KeepsWithinThreshold,

    /// <summary>The calls keep more than the threshold per call, with confidence.</summary>
    KeepsMore,
}

/// <summary>A judgement of the latest window of readings, and the figures it was made on.</summary>
/// <param name="Verdict">What the window shows.</param>
/// <param name="Retained">The estimate the verdict goes by (the surer of the two when a leak shows, else the larger upper bound).</param>
/// <param name="Estimates">Both estimates over the window.</param>
/// <param name="Calls">Calls in the window.</param>
/// <param name="Batches">Batches in the window.</param>
/// <param name="CallsAllocatedPerCall">What the calls allocated per call over the window.</param>
/// <param name="CountedOnThread">Whether that allocation was counted on the calling thread (exact) or process-wide.</param>
/// <param name="OtherAllocatedBytes">What the rest of the process allocated during the window.</param>
/// <param name="ByAllocation">Whether a pass rests on the calls' own allocation: what a thread did not allocate it cannot keep.</param>
internal sealed record LeakJudgement(
    LeakVerdict Verdict,
    RetainedMemory Retained,
    RetainedMemoryEstimates Estimates,
    long Calls,
    int Batches,
    double CallsAllocatedPerCall,
    bool CountedOnThread,
    long OtherAllocatedBytes,
    bool ByAllocation)
{
    /// <summary>Standard errors a bound lies from its estimate.</summary>
    public static double StandardErrors => RetainedSignificance.StandardErrors;

    /// <summary>
    /// Calls a window holds at least before the calls' own allocation can pass it: an operation that allocates every so
    /// many calls (an array kept every 100th) may allocate nothing in fewer, and such a window tells nothing about it. As
    /// many as the first window of a fast operation holds (five doubling batches from the largest first batch).
    /// </summary>
    public const long CallsForAnAllocationPass = Retention.MaxFirstBatch * ((1L << Retention.FewestMeasuredBatches) - 1);

    /// <summary>
    /// Judges the last <paramref name="window"/> batches against <paramref name="threshold"/> bytes per call.
    /// </summary>
    /// <remarks>
    /// The readings are of the heap less what the controls show other threads kept (<see cref="HeapReading.Sample(HeapReading, OthersKeepingRate)"/>).
    /// Kept within the threshold: the calls allocated no more than it per call on the calling thread (nothing else can
    /// they keep) over at least <see cref="CallsForAnAllocationPass"/> calls, or the median of the window's increases lies under it by three standard errors and the growth since
    /// the first reading lies under it too. The median ignores a jump in fewer than half of the batches (another
    /// thread's memory let go or taken); the growth since the first reading holds every lump of storage that grows with
    /// the calls (a collection doubling), however long the batches between two lumps, and what was built once weighs
    /// less in it with every batch. It has no standard error to ask: another thread's memory moves it by the same bytes
    /// whatever the calls, less per call with every batch. Neither may lie below minus the threshold: calls cannot keep
    /// less than nothing, so such a reading is another thread letting memory go, and proves nothing (docs/assertions.md,
    /// "Measurements"). Kept more: both estimates lie above it by three standard errors, or one does in this window and the
    /// window before (<paramref name="previous"/>): memory another thread kept for a while can make one estimate sure
    /// once. Growth that happened once (a cache filled) lies in one batch: it moves neither estimate's bound past the
    /// threshold, and the window moves past it as batches come.
    /// </remarks>
    public static LeakJudgement Judge(IReadOnlyList<HeapReading> readings, int window, double threshold, LeakJudgement? previous)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var inside = readings.Skip(Math.Max(0, readings.Count - window - 1)).ToArray();
        var first = inside[0];
        var last = inside[^1];
        var calls = last.Calls - first.Calls;
        var othersRate = OthersKeepingRate.Of(inside);
        var estimates = othersRate.Estimates(inside);
        var allocatedPerCall = (last.CallsAllocatedBytes - first.CallsAllocatedBytes) / (double)calls;
        var byAllocation = last.CountedOnThread && calls >= CallsForAnAllocationPass && allocatedPerCall <= threshold;

        var verdict = LeakVerdict.Undecided;
        var start = readings[0];
        var growthPerCall = (last.Sample(start).SurvivingBytes - start.Sample(start).SurvivingBytes) / (double)last.Calls;
        // Calls cannot keep less than nothing: a heap that shrank per call (beyond the threshold's width) says other
        // threads let go of memory meanwhile, and tells nothing about the calls.
        var shrank = Upper(estimates.BatchMedian) < -threshold || growthPerCall < -threshold;
        if (byAllocation || (!shrank && Upper(estimates.BatchMedian) <= threshold && growthPerCall <= threshold))
        {
            verdict = LeakVerdict.KeepsWithinThreshold;
        }
        else if (((Lower(estimates.BatchMedian) > threshold && Lower(estimates.SpanGrowth) > threshold)
            || (Shows(estimates, threshold) && previous is not null && Shows(previous.Estimates, threshold)))
            && LastBatchGrew(inside, threshold, othersRate))
        {
            verdict = LeakVerdict.KeepsMore;
        }

        var retained = verdict == LeakVerdict.KeepsMore ? estimates.Retained : estimates.BatchMedian;
        return new LeakJudgement(
            verdict,
            retained,
            estimates,
            calls,
            inside.Length - 1,
            allocatedPerCall,
            last.CountedOnThread,
            last.OtherAllocatedBytes - first.OtherAllocatedBytes,
            byAllocation && verdict == LeakVerdict.KeepsWithinThreshold);
    }

    /// <summary>
    /// Whether the last batch, the longest, kept more than the threshold per call beyond what other threads' memory
    /// moves a reading by (three times the spread of the controls' readings, for the two readings an increase is
    /// between). A cache that fills over the first batches reads as a leak in every estimate until it is full; a leak
    /// goes on growing in the last batch too, and a collection that grows in lumps doubles in it or in the next.
    /// </summary>
    private static bool LastBatchGrew(HeapReading[] inside, double threshold, OthersKeepingRate othersRate)
    {
        var first = inside[0];
        var increase = inside[^1].Sample(first, othersRate).SurvivingBytes - inside[^2].Sample(first, othersRate).SurvivingBytes;
        var calls = inside[^1].Calls - inside[^2].Calls;
        var controls = inside.Zip(inside.Skip(1), (before, after) => (double)(after.OthersKeptBytes - before.OthersKeptBytes)).ToArray();
        var noise = controls.Any(control => control != 0) ? Spread(controls) * Math.Sqrt(2) : 0;
        return increase - (threshold * calls) > StandardErrors * noise;
    }

    /// <summary>The median absolute deviation, scaled to a normal distribution's standard deviation.</summary>
    private static double Spread(double[] values)
    {
        var median = Median(values);
        return 1.4826 * Median([.. values.Select(value => Math.Abs(value - median))]);
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static bool Shows(RetainedMemoryEstimates estimates, double threshold) =>
        Lower(estimates.BatchMedian) > threshold || Lower(estimates.SpanGrowth) > threshold;

    private static double Upper(RetainedMemory estimate) => estimate.BytesPerOperation + (StandardErrors * estimate.StandardErrorBytes);

    private static double Lower(RetainedMemory estimate) => estimate.BytesPerOperation - (StandardErrors * estimate.StandardErrorBytes);
}
