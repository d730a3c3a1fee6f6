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
/// <param name="FollowedByControl">Whether this reading's batch was followed by a control (see <see cref="OthersKeepingRate"/>).</param>
internal readonly record struct HeapReading(
    long Calls, long SurvivingBytes, long CallsAllocatedBytes, long OtherAllocatedBytes, bool CountedOnThread, long OthersKeptBytes,
    bool FollowedByControl = false)
{
    /// <summary>
    /// A sample for the median of the batches' increases: calls since <paramref name="first"/>, and the heap less what
    /// other threads kept in the controls and, during the batches, at the rate the controls show.
    /// </summary>
    /// <remarks>
    /// A control is as long as its batch and as busy, so other threads keep about as much during a batch as in its
    /// control: taking off the controls' gain alone would leave the batches' share, which reads as the calls' memory (a
    /// neighbour filling a cache made a slow operation that keeps nothing read 0.2 B per call).
    /// </remarks>
    public MemoryBench.Leaks.HeapSample Sample(HeapReading first, OthersKeepingRate othersRate) =>
        new(Calls - first.Calls, SurvivingBytes - OthersKeptBytes - (long)Math.Round(othersRate.BytesPerCall * (Calls - first.Calls)));

    /// <summary>
    /// A sample for the growth over a span of batches: calls since <paramref name="first"/>, and the heap less what the
    /// controls gained.
    /// </summary>
    /// <remarks>
    /// Over a span, what other threads let go counts as much as what they kept (a cache let go when full keeps nothing in
    /// the long run), so the span does not take off a rate that holds only between two such moments.
    /// </remarks>
    public MemoryBench.Leaks.HeapSample Sample(HeapReading first) =>
        new(Calls - first.Calls, SurvivingBytes - OthersKeptBytes);
}
