namespace MemoryBench.Counting;

/// <summary>How many invocations make one chunk of the counting stage.</summary>
internal static class ChunkPlan
{
    /// <summary>Chunks per BenchmarkDotNet iteration: a lump is placed to within a twentieth of an iteration.</summary>
    public const int ChunksPerIteration = 20;

    /// <summary>
    /// A twentieth of BenchmarkDotNet's invocations per iteration, rounded down to a multiple of the unroll factor (the
    /// unrolled workload runs whole multiples of it), and never less than one unrolled call.
    /// </summary>
    public static long InvocationsPerChunk(long invocationsPerIteration, int unrollFactor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(unrollFactor);
        var chunk = invocationsPerIteration / ChunksPerIteration / unrollFactor * unrollFactor;
        return Math.Max(unrollFactor, chunk);
    }
}
