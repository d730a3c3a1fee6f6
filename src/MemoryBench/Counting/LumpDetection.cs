namespace MemoryBench.Counting;

/// <summary>Finds the chunks that hold a lump of allocation: a buffer replaced every N-th call, an array doubling.</summary>
internal static class LumpDetection
{
    /// <summary>
    /// The steady level is the lower median chunk's bytes per operation: lumps in at most half of the chunks cannot
    /// move it (a lump in every other chunk would put the middle of an even count half-way up a lump, and the chunks
    /// would deviate from it by half a lump each, too little to be lumps). A chunk is a lump when it allocates more
    /// above that level than <paramref name="minimumLumpBytes"/>, a hundredth of a steady chunk, and six times the
    /// chunks' lower median deviation: other threads' few hundred bytes and the one-lump-more-or-less of lumps smaller
    /// than a chunk are not lumps.
    /// </summary>
    public static LumpSeries Find(IReadOnlyList<ChunkReading> chunks, long minimumLumpBytes)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        if (chunks.Count == 0)
        {
            return new LumpSeries([], 0, 0);
        }

        var steady = LowerMedian(chunks.Select(chunk => chunk.Operations == 0 ? 0 : chunk.AllocatedBytes / (double)chunk.Operations));
        var excess = chunks.Select(chunk => chunk.AllocatedBytes - (steady * chunk.Operations)).ToArray();
        var deviation = LowerMedian(excess.Select(Math.Abs));
        var steadyChunk = steady * LowerMedian(chunks.Select(chunk => (double)chunk.Operations));
        var threshold = Math.Max(minimumLumpBytes, Math.Max(steadyChunk / 100, 6 * deviation));

        var indices = Enumerable.Range(0, chunks.Count).Where(i => excess[i] > threshold).ToArray();
        return new LumpSeries(indices, steady, (long)excess.Max(Math.Abs));
    }

    private static double LowerMedian(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[(sorted.Length - 1) / 2];
    }
}
