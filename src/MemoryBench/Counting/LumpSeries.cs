namespace MemoryBench.Counting;

/// <summary>The chunks that allocated far above the steady level of the others.</summary>
/// <param name="Indices">Positions of the lump chunks, ascending.</param>
/// <param name="SteadyBytesPerOperation">The steady level: the lower median chunk's bytes per operation.</param>
/// <param name="LargestDeviationBytes">
/// The most any chunk allocated above or below the steady level (lump or not): when lumps come in more than half of
/// the chunks the steady level holds one, and the chunks without one fall short of it.
/// </param>
internal sealed record LumpSeries(IReadOnlyList<int> Indices, double SteadyBytesPerOperation, long LargestDeviationBytes);
