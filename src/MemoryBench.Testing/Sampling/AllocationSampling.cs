using System.Diagnostics;
using MemoryBench.Testing.Measuring;

namespace MemoryBench.Testing.Sampling;

/// <summary>Runs an operation again under allocation sampling and tells which types its bytes went to.</summary>
internal static class AllocationSampling
{
    /// <summary>Enough samples for shares to within a few per cent.</summary>
    public const int TargetSamples = 400;

    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(2);

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>The types that took most of the bytes, largest first.</summary>
    /// <remarks>
    /// Only run when an assertion fails, so its cost (calls until about <see cref="TargetSamples"/> samples, at most
    /// <see cref="MaxTime"/>) is never paid by a passing test. A synchronous operation's samples are filtered to the
    /// calling thread; an asynchronous one's are the process's, like its figure.
    /// </remarks>
    public static async ValueTask<IReadOnlyList<AllocatedType>> TopTypesAsync(
        CallLoop loop, long callsPerRound, double bytesPerOperation, int count)
    {
        // One listener at a time: two tests creating and disposing runtime event listeners at once can hang the process
        // (docs/measurements.md). Sampling only follows a failure, so waiting costs little.
        if (loop.MayLeaveThread)
        {
            await OneAtATime.WaitAsync().ConfigureAwait(false);
        }
        else
        {
            // A synchronous measurement never awaits anything, this wait included.
            OneAtATime.Wait();
        }

        try
        {
            // A turn shared with allocation counting, never with a retention measurement: the first listener of a process
            // builds the runtime's event machinery, kept for good, which a DoesNotLeak running beside it would read as
            // growth of its calls.
            using (await MeasurementTurns.ShareAsync(loop).ConfigureAwait(false))
            {
                return await SampleAsync(loop, callsPerRound, bytesPerOperation, count).ConfigureAwait(false);
            }
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private static async ValueTask<IReadOnlyList<AllocatedType>> SampleAsync(
        CallLoop loop, long callsPerRound, double bytesPerOperation, int count)
    {
        using var listener = new AllocationSampleListener();
        if (!loop.MayLeaveThread)
        {
            listener.FilterToCurrentThread();
        }

        // The runtime delivers events late, in batches: a first round lets those from before the filter arrive, then
        // they are dropped. Seen once without it, under load: the sampled type had 67 % of the samples, not over 90 %.
        await loop.RunUncountedAsync(callsPerRound).ConfigureAwait(false);
        listener.Restart();

        var started = Stopwatch.GetTimestamp();
        while (listener.TotalSamples < TargetSamples && Stopwatch.GetElapsedTime(started) < MaxTime)
        {
            await loop.RunUncountedAsync(callsPerRound).ConfigureAwait(false);
        }

        var samples = listener.SamplesByType();
        var total = samples.Values.Sum();
        return samples
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(pair => new AllocatedType(pair.Key, pair.Value, pair.Value / (double)total, bytesPerOperation * pair.Value / total))
            .ToList();
    }
}
