using System.Collections.Immutable;
using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace MemoryBench.Leaks;

/// <summary>
/// One census of a process's live heap, taken from the host: an EventPipe session with the runtime's GC heap snapshot
/// keywords makes the runtime run an induced full blocking collection and walk the heap in it, reporting every live
/// object (GCBulkNode: its type id and size) and the types it has not named to a session before (GCBulkType).
/// </summary>
/// <remarks>
/// The runtime names a type once per process, not once per session: a second snapshot of the same process reports
/// only new types' names, so the names are kept by type id across snapshots (<see cref="TypeNames"/>). Counting is
/// done while the events stream in, so no trace file is written.
/// </remarks>
internal sealed class HeapSnapshot
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";

    private readonly Dictionary<ulong, (long Instances, long Bytes)> byTypeId = [];

    private HeapSnapshot()
    {
    }

    /// <summary>Type names the runtime reported in this snapshot, by type id.</summary>
    public Dictionary<ulong, string> TypeNames { get; } = [];

    /// <summary>
    /// The census by type name, with the names of every snapshot of the process in <paramref name="names"/>; types of the
    /// same name (two nested <c>&lt;&gt;c</c> classes) are counted together, a type never named as its id.
    /// </summary>
    public HeapCensus Census(IReadOnlyDictionary<ulong, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var types = byTypeId
            .GroupBy(type => names.TryGetValue(type.Key, out var name) && name.Length > 0 ? name : string.Create(CultureInfo.InvariantCulture, $"Type(0x{type.Key:x})"), StringComparer.Ordinal)
            .ToImmutableDictionary(
                group => group.Key,
                group => new TypeCensus(group.Sum(type => type.Value.Instances), group.Sum(type => type.Value.Bytes)),
                StringComparer.Ordinal);
        return new HeapCensus(types);
    }

    /// <summary>Takes a snapshot of the process; returns once its heap walk has been read to the end.</summary>
    /// <remarks>
    /// The runtime runs the collection as it enables the session, so the session is stopped right away: its events
    /// reached the reader only when it stopped (a small heap's events do not fill a buffer), so waiting for them while
    /// it runs waited for nothing, and every snapshot stopped at once had its whole heap walk. One that does not is
    /// refused rather than counted short.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The session ended without a complete heap walk.</exception>
    public static HeapSnapshot Take(int processId)
    {
        var snapshot = new HeapSnapshot();
        var client = new DiagnosticsClient(processId);
        using var session = client.StartEventPipeSession(
            [new EventPipeProvider(RuntimeProvider, EventLevel.Informational, (long)ClrTraceEventParser.Keywords.GCHeapSnapshot)],
            requestRundown: false,
            circularBufferMB: 256);
        using var source = new EventPipeEventSource(session.EventStream);
        var walked = snapshot.Listen(source);
        var reading = Task.Run(source.Process);
        session.Stop();
        reading.GetAwaiter().GetResult();
        return walked()
            ? snapshot
            : throw new InvalidOperationException("The runtime's heap snapshot session ended without a complete heap walk.");
    }

    // Every full blocking collection walks the heap while the keywords are on; only the first one induced after the
    // session started is counted, the one the session asked for.
    private Func<bool> Listen(EventPipeEventSource source)
    {
        int? collection = null;
        var counting = false;
        var walked = false;
        source.Clr.GCStart += data =>
        {
            if (collection is null && data.Depth == 2 && data.Type == GCType.NonConcurrentGC && data.Reason == GCReason.Induced)
            {
                collection = data.Count;
                counting = true;
            }
        };
        source.Clr.GCStop += data =>
        {
            if (counting && data.Count == collection)
            {
                counting = false;
                walked = true;
            }
        };
        source.Clr.TypeBulkType += data =>
        {
            for (var i = 0; i < data.Count; i++)
            {
                var type = data.Values(i);
                TypeNames[type.TypeID] = type.TypeName;
            }
        };
        source.Clr.GCBulkNode += data =>
        {
            if (!counting)
            {
                return;
            }

            for (var i = 0; i < data.Count; i++)
            {
                var node = data.Values(i);
                var (instances, bytes) = byTypeId.GetValueOrDefault(node.TypeID);
                byTypeId[node.TypeID] = (instances + 1, bytes + (long)node.Size);
            }
        };
        return () => walked;
    }
}
