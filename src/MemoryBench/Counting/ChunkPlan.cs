namespace MemoryBench.Counting;

/// <summary>How many invocations make one chunk of the counting stage, and how many chunks a span holds at least.</summary>
internal static class ChunkPlan
{
    /// <summary>How long a chunk runs: a lump is placed to within this much of the workload's time.</summary>
    public static readonly TimeSpan ChunkDuration = TimeSpan.FromMilliseconds(2.5);

    /// <summary>The fewest chunks a counted span holds (50 ms of the workload); the first decision waits for them.</summary>
    public const int MinimumChunks = 20;

    /// <summary>
    /// The invocations that run for <see cref="ChunkDuration"/> at the rate of BenchmarkDotNet's last iteration, rounded
    /// down to a multiple of the unroll factor (the unrolled workload runs whole multiples of it), and never less than
    /// one unrolled call; a twentieth of the iteration when it has no duration. Sized by time rather than as a share of
    /// the iteration, since BenchmarkDotNet's pilot can settle on a few invocations (its last iteration ran slow): a
    /// share of those made thousands of chunks of a few calls, and a gen2 collection fell inside the counted span
    /// (docs/measurements.md, "Speed, fourth pass").
    /// </summary>
    public static long InvocationsPerChunk(long iterationInvocations, TimeSpan iterationTime, int unrollFactor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(unrollFactor);
        var chunk = iterationTime > TimeSpan.Zero
            ? (long)(iterationInvocations * (ChunkDuration / iterationTime))
            : iterationInvocations / MinimumChunks;
        return Math.Max(unrollFactor, chunk / unrollFactor * unrollFactor);
    }
}
