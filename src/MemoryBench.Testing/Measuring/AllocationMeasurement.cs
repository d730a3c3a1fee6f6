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
/// True when rounds of calls settled to a steady level: the figure is theirs, exact to the byte, or, when the code
/// allocates in lumps (a table reallocated every N calls), theirs over whole periods of the lumps, the lumps included.
/// False when no three rounds allocated the same (a cache filling up), the figure being the average over all of them.
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
    /// <summary>Whole periods of a lump the figure spans; 0 when the code allocated the same in every steady round.</summary>
    internal int LumpPeriods { get; init; }

    /// <summary>Both estimates <see cref="Retained"/> was chosen from; null when retained memory was not measured.</summary>
    internal MemoryBench.Leaks.RetainedMemoryEstimates? RetainedEstimates { get; init; }

    /// <summary>Bytes allocated per call: <see cref="AllocatedBytes"/> divided by <see cref="Operations"/>.</summary>
    public double BytesPerOperation => Operations == 0 ? 0 : AllocatedBytes / (double)Operations;
}
