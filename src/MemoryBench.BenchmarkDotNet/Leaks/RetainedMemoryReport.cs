using System.Collections.Immutable;
using MemoryBench.Leaks;
using MemoryBench.Model;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>What one retained-memory measurement found, and what it cost.</summary>
/// <param name="Estimates">Both estimates of the bytes retained per operation, with their standard errors.</param>
/// <param name="Samples">The samples after warm-up that the estimates were made from.</param>
/// <param name="FirstBatchOperations">Operations in the first measured batch, chosen from the time of a calibration run; each later batch doubles it.</param>
/// <param name="Elapsed">Wall time of the whole measurement, setup and cleanup included.</param>
internal sealed record RetainedMemoryReport(
    RetainedMemoryEstimates Estimates,
    ImmutableArray<HeapSample> Samples,
    long FirstBatchOperations,
    TimeSpan Elapsed)
{
    /// <summary>The estimate a verdict goes by.</summary>
    public RetainedMemory Retained => Estimates.Retained;
}
