using System.Collections.Immutable;
using MemoryBench.Leaks;
using MemoryBench.Model;

namespace MemoryBench.Benchmarks.Leaks;

/// <summary>What one retained-memory measurement found, and what it cost.</summary>
/// <param name="Retained">Estimated bytes retained per operation and the estimate's standard error.</param>
/// <param name="Samples">The samples after warm-up that the estimate was made from.</param>
/// <param name="OperationsPerBatch">Operations in every batch, chosen from the time of a calibration run.</param>
/// <param name="Elapsed">Wall time of the whole measurement, setup and cleanup included.</param>
public sealed record RetainedMemoryReport(
    RetainedMemory Retained,
    ImmutableArray<HeapSample> Samples,
    long OperationsPerBatch,
    TimeSpan Elapsed);
