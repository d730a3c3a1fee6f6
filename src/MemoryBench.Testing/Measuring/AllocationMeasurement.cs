using MemoryBench.Model;

namespace MemoryBench.Testing;

/// <summary>What an operation allocated per call once its code was optimised, and what it keeps per call.</summary>
/// <param name="AllocatedBytes">Bytes allocated by the counted calls.</param>
/// <param name="Operations">Calls counted.</param>
/// <param name="Gen0Collections">Gen0 collections during the counted calls (the GC is process-wide: any thread's allocations trigger them).</param>
/// <param name="Gen1Collections">Gen1 collections during the counted calls.</param>
/// <param name="Gen2Collections">Gen2 collections during the counted calls.</param>
/// <param name="Counting">Whose allocations were counted: the calling thread's (exact) or the process's.</param>
/// <param name="IsSteady">
/// True when three rounds of calls allocated exactly the same, the figure being theirs; false when the rounds kept
/// differing (a collection that grows in lumps, a cache filling up), the figure being the average over all of them.
/// </param>
/// <param name="Retained">Bytes kept reachable per call, with their standard error; null when not measured.</param>
public sealed record AllocationMeasurement(
    long AllocatedBytes,
    long Operations,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    AllocationCounting Counting,
    bool IsSteady,
    RetainedMemory? Retained)
{
    /// <summary>Bytes allocated per call: <see cref="AllocatedBytes"/> divided by <see cref="Operations"/>.</summary>
    public double BytesPerOperation => Operations == 0 ? 0 : AllocatedBytes / (double)Operations;
}
