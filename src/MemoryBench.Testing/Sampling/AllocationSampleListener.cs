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

    private static long lastId;

    private readonly long id = Interlocked.Increment(ref lastId);
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> samplesByType = [];
    private long? threadFilter;
    private bool filtering;

    /// <summary>Whether the runtime has the AllocationSampled event (.NET 10 and later).</summary>
    public static bool HasAllocationSampling => Environment.Version.Major >= 10;

    /// <summary>The runtime event the samples come from.</summary>
    public static string EventNameOfThisRuntime => HasAllocationSampling ? "AllocationSampled" : "GCAllocationTick";

    /// <summary>Counts only the samples of the calling thread from now on.</summary>
    public void FilterToCurrentThread()
    {
        lock (gate)
        {
            filtering = true;
            threadFilter = null;
        }

        ThreadMarker.Instance.Mark(id);
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
        else if (eventSource.Name == ThreadMarker.SourceName)
        {
            EnableEvents(eventSource, EventLevel.LogAlways);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventSource.Name == ThreadMarker.SourceName)
        {
            if (eventData.Payload is [long marked] && marked == id)
            {
                lock (gate)
                {
                    threadFilter = eventData.OSThreadId;
                }
            }

            return;
        }

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
            if (filtering && eventData.OSThreadId != threadFilter)
            {
                return;
            }

            samplesByType[typeName] = samplesByType.GetValueOrDefault(typeName) + 1;
        }
    }
}
