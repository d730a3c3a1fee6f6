using System.Diagnostics.Tracing;

namespace MemoryBench.Testing.Sampling;

/// <summary>
/// Listens, in process, to the runtime's allocation samples and counts them by type, for one thread or all.
/// </summary>
/// <remarks>
/// .NET 10 samples allocations at random, one about every 100 KB (the AllocationSampled event, keyword
/// 0x80000000000), so every type is seen in proportion to its bytes. Earlier runtimes only have GCAllocationTick
/// (GC keyword, verbose level): the type of the allocation that crossed each 100 KB, biased towards large objects
/// but still telling.
/// </remarks>
internal sealed class AllocationSampleListener : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const long AllocationSamplingKeyword = 0x80000000000;
    private const long GcKeyword = 0x1;

    // A plain monitor: System.Threading.Lock came with .NET 9, and this package also targets net8.0.
    private readonly object gate = new();
    private readonly Dictionary<string, int> samplesByType = [];
    private long? threadFilter;

    /// <summary>Whether the runtime has the AllocationSampled event (.NET 10 and later).</summary>
    public static bool HasAllocationSampling => Environment.Version.Major >= 10;

    /// <summary>The runtime event the samples come from.</summary>
    public static string EventNameOfThisRuntime => HasAllocationSampling ? "AllocationSampled" : "GCAllocationTick";

    /// <summary>Counts only the samples of the calling thread from now on (all threads' where its id is unknown).</summary>
    public void FilterToCurrentThread()
    {
        var thread = CurrentThreadIdentity.OperatingSystemId;
        lock (gate)
        {
            threadFilter = thread;
        }
    }

    /// <summary>
    /// Forgets the samples so far: those delivered before the filter was set (any thread's) and those of the runtime's
    /// own work while the listener started.
    /// </summary>
    public void Restart()
    {
        lock (gate)
        {
            samplesByType.Clear();
        }
    }

    public int TotalSamples
    {
        get
        {
            lock (gate)
            {
                return samplesByType.Values.Sum();
            }
        }
    }

    public IReadOnlyDictionary<string, int> SamplesByType()
    {
        lock (gate)
        {
            return new Dictionary<string, int>(samplesByType);
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        // Called from the base constructor too, before this instance's fields are set: use none of them here.
        if (eventSource.Name == RuntimeSource)
        {
            if (HasAllocationSampling)
            {
                EnableEvents(eventSource, EventLevel.Informational, (EventKeywords)AllocationSamplingKeyword);
            }
            else
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
            }
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is null || !eventData.EventName.StartsWith(EventNameOfThisRuntime, StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var index = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
        if (index < 0 || eventData.Payload[index] is not string typeName)
        {
            return;
        }

        lock (gate)
        {
            if (threadFilter is not null && eventData.OSThreadId != threadFilter)
            {
                return;
            }

            samplesByType[typeName] = samplesByType.GetValueOrDefault(typeName) + 1;
        }
    }
}
