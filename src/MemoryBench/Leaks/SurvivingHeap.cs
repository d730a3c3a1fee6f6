namespace MemoryBench.Leaks;

/// <summary>The managed heap that is still alive, as counted by a full blocking collection: what the suite's Retained/op and the unit-test leak assertion sample.</summary>
internal static class SurvivingHeap
{
    /// <summary>Forces a full blocking collection and returns the bytes it found alive.</summary>
    /// <remarks>
    /// The figure is the collection's promoted bytes: every object it marked, in all generations and in the
    /// large and pinned object heaps. That count is exact to the byte and does not depend on where objects lie,
    /// so the collection need not compact (fragmentation and the large object heap's layout do not enter it;
    /// heap size and GC.GetTotalMemory do move with them, by up to a 8 KB allocation context per sample).
    /// Objects waiting for their finalizer are still counted; running the finalizers before the next batch keeps
    /// that backlog to one batch's worth, the same after every batch, so it cancels out of the increases.
    /// </remarks>
    public static long AfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        var survivingBytes = GC.GetGCMemoryInfo(GCKind.FullBlocking).PromotedBytes;
        GC.WaitForPendingFinalizers();
        return survivingBytes;
    }
}
