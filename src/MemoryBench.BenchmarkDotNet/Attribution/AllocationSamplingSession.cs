using System.Diagnostics.Tracing;
using MemoryBench.Attribution;
using Microsoft.Diagnostics.NETCore.Client;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// An EventPipe session from the host on the benchmark process, with the runtime's allocation sampling on (or, before
/// .NET 10, its allocation ticks), streamed into a .nettrace file until stopped.
/// </summary>
internal sealed class AllocationSamplingSession : IDisposable
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";

    // Loader (0x8) and Jit (0x10) so methods compiled during the session get names; the rundown at the end names
    // everything compiled before it.
    private const long NamingKeywords = 0x8 | 0x10;
    private const long AllocationSamplingKeyword = 0x80000000000;

    // GCAllocationTick is a verbose event of the GC keyword.
    private const long GcKeyword = 0x1;

    private readonly EventPipeSession session;
    private readonly Task copying;
    private readonly FileStream file;

    private AllocationSamplingSession(EventPipeSession session, FileStream file)
    {
        this.session = session;
        this.file = file;
        copying = session.EventStream.CopyToAsync(file);
    }

    /// <summary>Starts sampling the process; returns once the runtime has the session.</summary>
    public static AllocationSamplingSession Start(int processId, string tracePath, SamplingEvent samplingEvent)
    {
        var provider = samplingEvent == SamplingEvent.GCAllocationTick
            ? new EventPipeProvider(RuntimeProvider, EventLevel.Verbose, GcKeyword | NamingKeywords)
            : new EventPipeProvider(RuntimeProvider, EventLevel.Informational, AllocationSamplingKeyword | NamingKeywords);
        var client = new DiagnosticsClient(processId);
        var session = client.StartEventPipeSession(
            [provider],
            requestRundown: true,
            circularBufferMB: 256);
        return new AllocationSamplingSession(session, new FileStream(tracePath, FileMode.Create, FileAccess.Write, FileShare.None));
    }

    /// <summary>Stops the session (the runtime then writes its rundown) and waits until the file has everything.</summary>
    public void Stop()
    {
        session.Stop();
        copying.GetAwaiter().GetResult();
        file.Flush();
    }

    public void Dispose()
    {
        session.Dispose();
        file.Dispose();
    }
}
