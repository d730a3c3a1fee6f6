namespace MemoryBench.Counting;

/// <summary>Which chunks to count: whole periods when allocations come in lumps, else all of them.</summary>
internal static class SpanChoice
{
    /// <summary>
    /// With two lumps or more, the span starts just after the first lump chunk and ends with the last one: it then
    /// holds as many lumps as periods (give or take the parts of the two end chunks outside a period), where a span cut
    /// anywhere holds one lump more or less than its share, and reads 0, 1 or 2 lumps' worth for a short span.
    /// With fewer than two lumps there is no period to align to, and every chunk counts.
    /// </summary>
    public static CountedSpan Choose(IReadOnlyList<ChunkReading> chunks, LumpSeries lumps)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentNullException.ThrowIfNull(lumps);
        if (lumps.Indices.Count < 2)
        {
            return CountedSpan.Over(chunks, 0, chunks.Count, alignedToLumps: false, lumps.Indices.Count);
        }

        var first = lumps.Indices[0] + 1;
        var last = lumps.Indices[^1];
        return CountedSpan.Over(chunks, first, last - first + 1, alignedToLumps: true, lumps.Indices.Count - 1);
    }
}
