namespace MemoryBench.Counting;

/// <summary>What one chunk of invocations allocated and how many collections ended while it ran.</summary>
/// <param name="Operations">Operations in the chunk (invocations times operations per invocation).</param>
/// <param name="AllocatedBytes">Bytes allocated process-wide while the chunk ran.</param>
/// <param name="Gen0Collections">Gen0 collections that ended while the chunk ran.</param>
/// <param name="Gen1Collections">Gen1 collections likewise.</param>
/// <param name="Gen2Collections">Gen2 collections likewise.</param>
internal readonly record struct ChunkReading(
    long Operations,
    long AllocatedBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections);
