namespace MemoryBench.Model;

/// <summary>What MemoryDiagnoser measured for one benchmark.</summary>
/// <param name="BytesAllocatedPerOperation">Allocated bytes per operation.</param>
/// <param name="Gen0Collections">Gen0 collections during the measured operations.</param>
/// <param name="Gen1Collections">Gen1 collections during the measured operations.</param>
/// <param name="Gen2Collections">Gen2 collections during the measured operations.</param>
/// <param name="TotalOperations">How many operations the collection counts were taken over.</param>
public sealed record MemoryMetrics(
    long BytesAllocatedPerOperation,
    long Gen0Collections,
    long Gen1Collections,
    long Gen2Collections,
    long TotalOperations);
