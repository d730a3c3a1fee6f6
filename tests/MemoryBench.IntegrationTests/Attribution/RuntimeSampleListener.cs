using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using MemoryBench.Attribution;

namespace MemoryBench.IntegrationTests.Attribution;

/// <summary>The runtime's AllocationSampled events of this process, in process, as the collector would read them.</summary>
internal sealed class RuntimeSampleListener : EventListener
{
    private readonly ConcurrentQueue<AllocationSample> samples = new();

    public IReadOnlyCollection<AllocationSample> Samples => samples;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        // Called from the base constructor too, before this instance's fields are set: use none of them here.
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Informational, (EventKeywords)0x80000000000);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName != "AllocationSampled" || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload[eventData.PayloadNames.IndexOf("TypeName")] as string;
        var size = Convert.ToInt64(eventData.Payload[eventData.PayloadNames.IndexOf("ObjectSize")], System.Globalization.CultureInfo.InvariantCulture);
        if (type is not null && size > 0)
        {
            samples.Enqueue(new AllocationSample(type, size, []));
        }
    }
}
