using MemoryBench.Attribution;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>Reads the allocation samples (AllocationSampled or GCAllocationTick events), with their managed stacks, out of a .nettrace file.</summary>
internal static class NettraceSamples
{
    public static IReadOnlyList<AllocationSample> Read(string tracePath, SamplingEvent samplingEvent)
    {
        var etlx = Path.ChangeExtension(tracePath, ".etlx");
        try
        {
            TraceLog.CreateFromEventPipeDataFile(tracePath, etlx);
            using var log = new TraceLog(etlx);
            using var frames = new TraceFrames(log);
            return samplingEvent == SamplingEvent.GCAllocationTick ? Ticks(log, frames) : Sampled(log, frames);
        }
        finally
        {
            File.Delete(etlx);
        }
    }

    private static List<AllocationSample> Sampled(TraceLog log, TraceFrames frames)
    {
        var samples = new List<AllocationSample>();
        foreach (var sample in log.Events.ByEventType<AllocationSampledTraceData>())
        {
            if (sample.ObjectSize > 0)
            {
                samples.Add(new AllocationSample(sample.TypeName, sample.ObjectSize, frames.Of(sample.CallStack())));
            }
        }

        return samples;
    }

    private static List<AllocationSample> Ticks(TraceLog log, TraceFrames frames)
    {
        var samples = new List<AllocationSample>();
        foreach (var tick in log.Events.ByEventType<GCAllocationTickTraceData>())
        {
            // Runtimes before .NET 5 give no object size: the tick's volume still counts, the size is then unknown (0).
            if (tick.AllocationAmount64 > 0 && !string.IsNullOrEmpty(tick.TypeName))
            {
                samples.Add(new AllocationSample(tick.TypeName, Math.Max(0, tick.ObjectSize), frames.Of(tick.CallStack()))
                {
                    TickVolume = tick.AllocationAmount64,
                });
            }
        }

        return samples;
    }
}
