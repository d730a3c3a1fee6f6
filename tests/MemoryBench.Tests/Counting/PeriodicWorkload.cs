using MemoryBench.Counting;

namespace MemoryBench.Tests.Counting;

/// <summary>
/// A workload simulated call by call: <see cref="SteadyBytes"/> per call, and a lump of <see cref="LumpBytes"/> every
/// <see cref="Period"/>-th call, read in chunks of <see cref="ChunkCalls"/> calls starting <see cref="Phase"/> calls
/// into a period; gen0 collections fall every <see cref="Gen0Budget"/> bytes.
/// </summary>
internal sealed record PeriodicWorkload(long SteadyBytes, long LumpBytes, long Period, long ChunkCalls, long Phase, long Gen0Budget = 8 << 20)
{
    public double AmortisedBytesPerCall => SteadyBytes + (LumpBytes / (double)Period);

    /// <summary>The chunk at position <paramref name="index"/>.</summary>
    public ChunkReading Chunk(int index)
    {
        var first = Phase + (index * ChunkCalls);
        var end = first + ChunkCalls;
        return new ChunkReading(ChunkCalls, BytesBefore(end) - BytesBefore(first), Gen0Before(end) - Gen0Before(first), 0, 0);
    }

    /// <summary>Counts chunk after chunk, each taking <paramref name="chunkTime"/>, until the rule says stop.</summary>
    public (CountingDecision Decision, IReadOnlyList<ChunkReading> Chunks) CountUntilStop(CountingRules rules, TimeSpan chunkTime)
    {
        var chunks = new List<ChunkReading>();
        while (true)
        {
            chunks.Add(Chunk(chunks.Count));
            var decision = StopRule.Decide(chunks, chunkTime * chunks.Count, rules);
            if (decision.Stop)
            {
                return (decision, chunks);
            }
        }
    }

    // Calls 0 .. calls-1 have run; the lump falls on every call whose number is a multiple of the period, after the first.
    private long BytesBefore(long calls) => (SteadyBytes * calls) + (LumpBytes * ((calls - 1) / Period));

    private int Gen0Before(long calls) => (int)(BytesBefore(calls) / Gen0Budget);
}
