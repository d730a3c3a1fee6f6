namespace MemoryBench.Testing.Leaks;

/// <summary>The surviving heap after a batch of calls and a full collection, with what was allocated up to then.</summary>
/// <param name="Calls">Calls since the first reading, cumulative.</param>
/// <param name="SurvivingBytes">Bytes alive after the full blocking collection that followed the batch (the whole process's).</param>
/// <param name="CallsAllocatedBytes">Bytes the calls allocated since the first reading, as the call loop counted them.</param>
/// <param name="OtherAllocatedBytes">
/// Bytes the process allocated since the first reading beyond the calls': other threads (tests running beside this
/// one, the runtime's own) and the measurement itself.
/// </param>
/// <param name="CountedOnThread">
/// Whether every batch so far was counted on the calling thread: then <paramref name="CallsAllocatedBytes"/> is exact
/// (give or take a retired allocation context), else it is the process's and includes other threads' allocations.
/// </param>
/// <param name="OthersKeptBytes">
/// What the heap gained in the controls since the first reading (as long as the batches, without calls): what other
/// threads kept meanwhile, as far as the controls saw it.
/// </param>
internal readonly record struct HeapReading(
    long Calls, long SurvivingBytes, long CallsAllocatedBytes, long OtherAllocatedBytes, bool CountedOnThread, long OthersKeptBytes)
{
    /// <summary>The sample the estimates take: calls since <paramref name="first"/>, and the heap less what other threads kept in the controls.</summary>
    public MemoryBench.Leaks.HeapSample Sample(HeapReading first) =>
        new(Calls - first.Calls, SurvivingBytes - OthersKeptBytes);
}
