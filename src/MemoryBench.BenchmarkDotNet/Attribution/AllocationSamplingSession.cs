using System.Diagnostics.Tracing;
using MemoryBench.Attribution;
using Microsoft.Diagnostics.NETCore.Client;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// An EventPipe session with the runtime's allocation sampling on (or, before .NET 10, its allocation ticks), on any
/// process, this one included. Nothing reads the session while it runs: the runtime keeps the events in its own
/// buffers and writes them from a native thread, so no managed code of the session runs, and nothing is allocated,
/// between <see cref="Start"/> and <see cref="StopInto"/>.
/// </summary>
internal sealed class AllocationSamplingSession : IDisposable
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";

    private const long AllocationSamplingKeyword = 0x80000000000;

    // GCAllocationTick is a verbose event of the GC keyword.
    private const long GcKeyword = 0x1;

    // The runtime's default rundown (loader, JIT, NGen/ReadyToRun, IL-to-native maps): the methods compiled or loaded
    // by the end of the session get their names, the sampled code included, without the session's own JIT events.
    private const long RundownKeywords = 0x80020139;

    // Every event of a counted span stays in the runtime's buffers until the session stops: a span of 128 MiB has about
    // 1,300 samples of under a kilobyte each with its stack.
    private const int BufferMegabytes = 256;

    private readonly EventPipeSession session;

    private AllocationSamplingSession(EventPipeSession session) => this.session = session;

    /// <summary>Starts sampling the process; returns once the runtime has the session.</summary>
    public static AllocationSamplingSession Start(int processId, SamplingEvent samplingEvent)
    {
        var provider = samplingEvent == SamplingEvent.GCAllocationTick
            ? new EventPipeProvider(RuntimeProvider, EventLevel.Verbose, GcKeyword)
            : new EventPipeProvider(RuntimeProvider, EventLevel.Informational, AllocationSamplingKeyword);
        var configuration = new EventPipeSessionConfiguration([provider], BufferMegabytes, RundownKeywords, requestStackwalk: true);
        return new AllocationSamplingSession(new DiagnosticsClient(processId).StartEventPipeSession(configuration));
    }

    /// <summary>Stops the session (the runtime then writes its rundown) and writes everything it holds to <paramref name="tracePath"/>.</summary>
    public void StopInto(string tracePath)
    {
        using var file = new FileStream(tracePath, FileMode.Create, FileAccess.Write, FileShare.None);
        // Reading starts before the stop: the runtime finishes the session only once its events are read.
        var copying = session.EventStream.CopyToAsync(file);
        session.Stop();
        copying.GetAwaiter().GetResult();
    }

    public void Dispose() => session.Dispose();
}
