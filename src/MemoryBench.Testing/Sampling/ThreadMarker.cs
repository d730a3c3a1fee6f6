using System.Diagnostics.Tracing;

namespace MemoryBench.Testing.Sampling;

/// <summary>
/// Writes one event so that a listener learns the operating-system id of the thread that wrote it: the runtime's
/// allocation events carry that id, and .NET has no public property that gives it for the current thread.
/// </summary>
[EventSource(Name = SourceName)]
internal sealed class ThreadMarker : EventSource
{
    public const string SourceName = "MemoryBench-Testing-ThreadMarker";

    public static readonly ThreadMarker Instance = new();

    private ThreadMarker()
    {
    }

    /// <param name="listener">Which listener the mark is for: every listener in the process receives it.</param>
    [Event(1, Level = EventLevel.LogAlways)]
    public void Mark(long listener) => WriteEvent(1, listener);
}
