namespace MemoryBench.Testing.Leaks;

/// <summary>The managed heap that is still alive, as counted by a full blocking collection.</summary>
/// <remarks>
/// The collection's promoted bytes are exact to the byte and do not depend on where objects lie (the heap's size
/// and GC.GetTotalMemory move with allocation contexts). Running the finalizers after each sample keeps the backlog
/// of objects waiting for them to one batch's worth, the same every time, so it cancels out of the increases.
/// </remarks>
internal static class SurvivingHeap
{
    public static long AfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        var survivingBytes = GC.GetGCMemoryInfo(GCKind.FullBlocking).PromotedBytes;
        GC.WaitForPendingFinalizers();
        return survivingBytes;
    }
}
