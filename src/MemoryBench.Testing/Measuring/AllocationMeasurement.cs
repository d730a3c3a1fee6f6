using MemoryBench.Model;

namespace MemoryBench.Testing;

/// <summary>What an operation allocated per call once its code was optimised, and what it keeps per call.</summary>
/// <param name="AllocatedBytes">Bytes allocated by the counted calls.</param>
/// <param name="Operations">Calls counted.</param>
/// <param name="Gen0Collections">Gen0 collections during the counted calls (the GC is process-wide: any thread's allocations trigger them).</param>
/// <param name="Gen1Collections">Gen1 collections during the counted calls.</param>
/// <param name="Gen2Collections">Gen2 collections during the counted calls.</param>
/// <param name="Counting">Whose allocations were counted: the calling thread's (exact) or the process's.</param>
/// <param name="IsPrecise">
/// True when the counting reached its precision before its time limit: the figure is exact to the byte for code that
/// allocates the same every call, and, for code that allocates in lumps (a table reallocated every N calls), taken over
/// whole periods of the lumps, the lumps included. False when the time limit came first (lumps too rare or too irregular
/// to amortise): the figure is then known to within its error, which a verdict takes into account.
/// </param>
/// <param name="Retained">Bytes kept reachable per call, with their standard error; null when not measured.</param>
public sealed record AllocationMeasurement(
    long AllocatedBytes,
    long Operations,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    AllocationCounting Counting,
    bool IsPrecise,
    RetainedMemory? Retained)
{
    /// <summary>Whole periods of a lump the figure spans; 0 when the span was not aligned to lumps.</summary>
    internal int LumpPeriods { get; init; }

    /// <summary>The most <see cref="BytesPerOperation"/> can be off by lumps cut at the ends of the counted span.</summary>
    internal double ErrorBytesPerOperation { get; init; }

    /// <summary>Both estimates <see cref="Retained"/> was chosen from; null when retained memory was not measured.</summary>
    internal MemoryBench.Leaks.RetainedMemoryEstimates? RetainedEstimates { get; init; }

    /// <summary>Bytes allocated per call: <see cref="AllocatedBytes"/> divided by <see cref="Operations"/>.</summary>
    public double BytesPerOperation => Operations == 0 ? 0 : AllocatedBytes / (double)Operations;
}
