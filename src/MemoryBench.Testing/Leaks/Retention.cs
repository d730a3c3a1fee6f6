using MemoryBench.Leaks;
using MemoryBench.Model;
using MemoryBench.Testing.Measuring;

namespace MemoryBench.Testing.Leaks;

/// <summary>
/// The memory an operation keeps reachable per call: batches of calls with a full collection after each, and the
/// core library's estimator over the surviving heap (median growth per call, with its standard error).
/// </summary>
/// <remarks>
/// The surviving heap is the whole process's: what another thread keeps alive while the batches run is in it. Memory
/// that comes and goes (garbage, a test's temporary data) moves single samples and widens the standard error, so it
/// does not read as a leak; memory another thread keeps accumulating during the batches would.
/// </remarks>
internal static class Retention
{
    /// <summary>Batches before the first sample: what they build once (caches, statics) stays out of the increases.</summary>
    public const int WarmupBatches = 1;

    public const int MeasuredBatches = 10;

    /// <summary>Calls in a batch at most: the leak of a whole measurement stays in the tens of megabytes.</summary>
    public const long MaxCallsPerBatch = 20_000;

    /// <summary>The batch size: ten rounds' worth of calls (enough to dilute what the test host keeps), within limits.</summary>
    public static long CallsPerBatch(long callsPerRound) => Math.Clamp(callsPerRound * 10, 1, MaxCallsPerBatch);

    public static async ValueTask<RetainedMemory> MeasureAsync(CallLoop loop, long callsPerBatch)
    {
        SurvivingHeap.AfterFullCollection();
        for (var batch = 0; batch < WarmupBatches; batch++)
        {
            await loop.RunUncountedAsync(callsPerBatch).ConfigureAwait(false);
        }

        // Filled in place: a list growing here would itself be retained between samples.
        var samples = new HeapSample[MeasuredBatches + 1];
        samples[0] = new HeapSample(0, SurvivingHeap.AfterFullCollection());
        for (var batch = 1; batch <= MeasuredBatches; batch++)
        {
            await loop.RunUncountedAsync(callsPerBatch).ConfigureAwait(false);
            samples[batch] = new HeapSample(batch * callsPerBatch, SurvivingHeap.AfterFullCollection());
        }

        return RetainedMemoryEstimator.Estimate(samples);
    }
}
