namespace MemoryBench.Counting;

/// <summary>The consecutive chunks whose sums are the counted figures.</summary>
/// <param name="First">Position of the span's first chunk.</param>
/// <param name="Count">Chunks in the span.</param>
/// <param name="AlignedToLumps">
/// Whether the span runs from just after one lump to the end of a later one, so it holds whole periods of a periodic
/// allocation.
/// </param>
/// <param name="Lumps">Lump chunks inside the span.</param>
/// <param name="Operations">Operations in the span.</param>
/// <param name="AllocatedBytes">Bytes allocated in the span's chunks.</param>
/// <param name="Gen0Collections">Gen0 collections in the span's chunks.</param>
/// <param name="Gen1Collections">Gen1 collections likewise.</param>
/// <param name="Gen2Collections">Gen2 collections likewise.</param>
internal sealed record CountedSpan(
    int First,
    int Count,
    bool AlignedToLumps,
    int Lumps,
    long Operations,
    long AllocatedBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections)
{
    public double BytesPerOperation => Operations == 0 ? 0 : AllocatedBytes / (double)Operations;

    /// <summary>The sums over <paramref name="count"/> chunks from <paramref name="first"/>.</summary>
    public static CountedSpan Over(IReadOnlyList<ChunkReading> chunks, int first, int count, bool alignedToLumps, int lumps)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var inside = chunks.Skip(first).Take(count).ToArray();
        return new CountedSpan(
            first,
            inside.Length,
            alignedToLumps,
            lumps,
            inside.Sum(chunk => chunk.Operations),
            inside.Sum(chunk => chunk.AllocatedBytes),
            inside.Sum(chunk => chunk.Gen0Collections),
            inside.Sum(chunk => chunk.Gen1Collections),
            inside.Sum(chunk => chunk.Gen2Collections));
    }
}
