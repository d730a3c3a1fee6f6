namespace MemoryBench.Counting;

/// <summary>Counts a chunk whose counter read a retired allocation context's slack at the steady level.</summary>
/// <remarks>
/// A per-thread counter reads exactly what the thread allocated, except that a chunk during which a collection retired
/// the thread's allocation context reads up to that context's unused part more (measured: 16 to 2,504 B over a few of
/// 400 chunks with collections). Left in, it turns code that allocates nothing into code that allocates a few bytes in
/// a million calls. So a chunk that is not a lump, had a collection, and read above the steady level by no more than
/// the slack counts at the steady level; a chunk without a collection counts as read (code's own small lumps are
/// there, and are counted), and so does every chunk when the rules allow no slack (the counting engine's).
/// </remarks>
internal static class CounterSlack
{
    public static IReadOnlyList<ChunkReading> Removed(IReadOnlyList<ChunkReading> chunks, LumpSeries lumps, long slackBytes)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentNullException.ThrowIfNull(lumps);
        if (slackBytes <= 0)
        {
            return chunks;
        }

        var counted = new ChunkReading[chunks.Count];
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var steady = (long)Math.Round(lumps.SteadyBytesPerOperation * chunk.Operations);
            var excess = chunk.AllocatedBytes - steady;
            var slack = chunk.Gen0Collections > 0 && excess > 0 && excess <= slackBytes && !lumps.Indices.Contains(i);
            counted[i] = slack ? chunk with { AllocatedBytes = steady } : chunk;
        }

        return counted;
    }
}
