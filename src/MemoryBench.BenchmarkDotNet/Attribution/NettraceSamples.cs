using System.Collections.Immutable;
using MemoryBench.Attribution;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>Reads the allocation samples (AllocationSampled or GCAllocationTick events), with their managed stacks, out of a .nettrace file.</summary>
internal static class NettraceSamples
{
    /// <summary>How many frames of each stack are kept: enough to reach the benchmark method from an allocation in a library.</summary>
    private const int MaxFrames = 24;

    public static IReadOnlyList<AllocationSample> Read(string tracePath, SamplingEvent samplingEvent)
    {
        var etlx = Path.ChangeExtension(tracePath, ".etlx");
        try
        {
            TraceLog.CreateFromEventPipeDataFile(tracePath, etlx);
            using var log = new TraceLog(etlx);
            return samplingEvent == SamplingEvent.GCAllocationTick ? Ticks(log) : Sampled(log);
        }
        finally
        {
            File.Delete(etlx);
        }
    }

    private static List<AllocationSample> Sampled(TraceLog log)
    {
        var samples = new List<AllocationSample>();
        foreach (var sample in log.Events.ByEventType<AllocationSampledTraceData>())
        {
            if (sample.ObjectSize > 0)
            {
                samples.Add(new AllocationSample(sample.TypeName, sample.ObjectSize, Frames(sample.CallStack())));
            }
        }

        return samples;
    }

    private static List<AllocationSample> Ticks(TraceLog log)
    {
        var samples = new List<AllocationSample>();
        foreach (var tick in log.Events.ByEventType<GCAllocationTickTraceData>())
        {
            // Runtimes before .NET 5 give no object size: the tick's volume still counts, the size is then unknown (0).
            if (tick.AllocationAmount64 > 0 && !string.IsNullOrEmpty(tick.TypeName))
            {
                samples.Add(new AllocationSample(tick.TypeName, Math.Max(0, tick.ObjectSize), Frames(tick.CallStack()))
                {
                    TickVolume = tick.AllocationAmount64,
                });
            }
        }

        return samples;
    }

    private static ImmutableArray<string> Frames(TraceCallStack? stack)
    {
        var frames = ImmutableArray.CreateBuilder<string>();
        for (var frame = stack; frame is not null && frames.Count < MaxFrames; frame = frame.Caller)
        {
            var name = frame.CodeAddress.FullMethodName;
            if (!string.IsNullOrEmpty(name))
            {
                frames.Add(name);
            }
        }

        return frames.ToImmutable();
    }
}
