using MemoryBench.Attribution;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>Reads the allocation samples (AllocationSampled or GCAllocationTick events), with their managed stacks, out of a .nettrace file.</summary>
internal static class NettraceSamples
{
    /// <summary>The samples of the trace at <paramref name="tracePath"/>; with <paramref name="inSpan"/>, only those whose timestamp it accepts.</summary>
    public static IReadOnlyList<AllocationSample> Read(string tracePath, SamplingEvent samplingEvent, Func<long, bool>? inSpan = null)
    {
        var keep = inSpan ?? (_ => true);
        var etlx = Path.ChangeExtension(tracePath, ".etlx");
        try
        {
            TraceLog.CreateFromEventPipeDataFile(tracePath, etlx);
            using var log = new TraceLog(etlx);
            using var frames = new TraceFrames(log);
            return samplingEvent == SamplingEvent.GCAllocationTick ? Ticks(log, frames, keep) : Sampled(log, frames, keep);
        }
        finally
        {
            File.Delete(etlx);
        }
    }

    // The span's timestamps are the benchmark process's stopwatch readings, the clock the trace's events carry raw:
    // TraceEvent's relative milliseconds are from the session's start, which the process does not know.
#pragma warning disable CS0618 // TimeStampQPC: "not obsolete but discouraged"; see above.
    private static List<AllocationSample> Sampled(TraceLog log, TraceFrames frames, Func<long, bool> keep)
    {
        var samples = new List<AllocationSample>();
        foreach (var sample in log.Events.ByEventType<AllocationSampledTraceData>())
        {
            if (sample.ObjectSize > 0 && keep(sample.TimeStampQPC))
            {
                samples.Add(new AllocationSample(sample.TypeName, sample.ObjectSize, frames.Of(sample.CallStack())));
            }
        }

        return samples;
    }

    private static List<AllocationSample> Ticks(TraceLog log, TraceFrames frames, Func<long, bool> keep)
    {
        var samples = new List<AllocationSample>();
        foreach (var tick in log.Events.ByEventType<GCAllocationTickTraceData>())
        {
            // Runtimes before .NET 5 give no object size: the tick's volume still counts, the size is then unknown (0).
            if (tick.AllocationAmount64 > 0 && !string.IsNullOrEmpty(tick.TypeName) && keep(tick.TimeStampQPC))
            {
                samples.Add(new AllocationSample(tick.TypeName, Math.Max(0, tick.ObjectSize), frames.Of(tick.CallStack()))
                {
                    TickVolume = tick.AllocationAmount64,
                });
            }
        }

        return samples;
    }
#pragma warning restore CS0618
}
