using System.Diagnostics;
using System.Globalization;
using MemoryBench.Attribution;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Benchmark side: samples the allocations of the counting stage, when the host asked for it (<see cref="ProfileRequest"/>),
/// with a session this process opens on itself, so the samples come from the very operations whose bytes were
/// counted, in the same process, tier and warm-up. The trace and the span go where the host asked; the host reads them.
/// </summary>
internal sealed class CountedSpanSampling : IDisposable
{
    private readonly AllocationSamplingSession session;
    private readonly string stem;
    private readonly SamplingEvent samplingEvent;
    private readonly TimeSpan startup;

    private CountedSpanSampling(AllocationSamplingSession session, string stem, SamplingEvent samplingEvent, TimeSpan startup)
    {
        this.session = session;
        this.stem = stem;
        this.samplingEvent = samplingEvent;
        this.startup = startup;
    }

    /// <summary>Starts sampling this process if the host asked; null when it did not, or when the session cannot start (said in the log).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031", Justification = "Sampling explains a figure and never changes it: a failure is logged and counting goes on.")]
    public static CountedSpanSampling? StartIfRequested(Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (ProfileRequest.Take(Environment.ProcessId) is not { } stem)
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        var samplingEvent = RuntimeSamplingEvent.Of(Environment.Version.Major);
        try
        {
            return new CountedSpanSampling(AllocationSamplingSession.Start(Environment.ProcessId, samplingEvent), stem, samplingEvent, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            log($"// MemoryBench allocation sampling not started: {error.GetType().Name}: {error.Message}");
            return null;
        }
    }

    /// <summary>Stops the session and leaves the trace and <paramref name="counted"/>'s span for the host.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031", Justification = "Sampling explains a figure and never changes it: a failure is logged.")]
    public void Finish(CountedGcStats counted, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(counted);
        ArgumentNullException.ThrowIfNull(log);
        var stopped = Stopwatch.GetTimestamp();
        try
        {
            var trace = stem + ProfileRequest.TraceExtension;
            session.StopInto(trace);
            new SampledSpan(samplingEvent, counted.Operations, counted.AllocatedBytes, counted.Windows).Write(stem + ProfileRequest.SpanExtension);
            log(string.Create(
                CultureInfo.InvariantCulture,
                $"// MemoryBench allocation sampling: {samplingEvent} over the counted span, session started in {startup.TotalMilliseconds:N0} ms, stopped and written in {Stopwatch.GetElapsedTime(stopped).TotalMilliseconds:N0} ms ({new FileInfo(trace).Length / 1024:N0} KB)"));
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            log($"// MemoryBench allocation sampling failed: {error.GetType().Name}: {error.Message}");
        }
    }

    public void Dispose() => session.Dispose();
}
