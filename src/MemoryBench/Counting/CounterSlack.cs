namespace MemoryBench.Counting;

/// <summary>Counts a chunk whose counter read a retired allocation context's slack at the steady level.</summary>
/// <remarks>
/// A per-thread counter reads exactly what the thread allocated, except that a chunk during which a collection retired
/// the thread's allocation context reads up to that context's unused part more (docs/measurements.md). Left in, it turns code that allocates nothing into code that allocates a few bytes in
/// a million calls. So a chunk that is not a lump, had a collection, and read above the fewest bytes per operation of
/// the chunks that are not lumps by no more than the slack counts at that level: the level is the fewest, not the
/// median, since a benchmark that collects in every chunk (a megabyte per call) has slack in most of them. A chunk without a collection counts as read (code's own
/// small lumps are there, and are counted), and so does every chunk when the rules allow no slack (the engine's).
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

        var floor = Enumerable.Range(0, chunks.Count)
            .Where(i => !lumps.Indices.Contains(i) && chunks[i].Operations > 0)
            .Select(i => chunks[i].AllocatedBytes / (double)chunks[i].Operations)
            .DefaultIfEmpty(lumps.SteadyBytesPerOperation)
            .Min();
        var counted = new ChunkReading[chunks.Count];
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var steady = (long)Math.Round(floor * chunk.Operations);
            var excess = chunk.AllocatedBytes - steady;
            var slack = chunk.Gen0Collections > 0 && excess > 0 && excess <= slackBytes && !lumps.Indices.Contains(i);
            counted[i] = slack ? chunk with { AllocatedBytes = steady } : chunk;
        }

        return counted;
    }
}
