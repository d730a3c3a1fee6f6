using System.Collections.Immutable;
using MemoryBench.Attribution;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>Reads the allocation samples, with their managed stacks, out of a .nettrace file.</summary>
internal static class NettraceSamples
{
    /// <summary>How many frames of each stack are kept: enough to reach the benchmark method from an allocation in a library.</summary>
    private const int MaxFrames = 24;

    public static IReadOnlyList<AllocationSample> Read(string tracePath)
    {
        var etlx = Path.ChangeExtension(tracePath, ".etlx");
        try
        {
            TraceLog.CreateFromEventPipeDataFile(tracePath, etlx);
            using var log = new TraceLog(etlx);
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
        finally
        {
            File.Delete(etlx);
        }
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
