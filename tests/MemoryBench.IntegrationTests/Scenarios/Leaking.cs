using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.Benchmarks.Harness;
using MemoryBench.Comparison;
using MemoryBench.IntegrationTests.Leaks;
using MemoryBench.Model;

namespace MemoryBench.IntegrationTests.Scenarios;

/// <summary>
/// The gate's own Retained/op of a suite benchmark, measured in this process over batches fixed by count
/// (<see cref="FixedCountBatches"/>), so a busy machine cannot shorten them.
/// </summary>
internal static class Leaking
{
    /// <summary>What the benchmark named as in results/baseline.json (without the namespace, no parameters) keeps per call.</summary>
    public static RetainedMemory RetainedPerCall(string benchmark)
    {
        var dot = benchmark.LastIndexOf('.');
        var type = SuiteCatalog.Types.Single(type => type.Name == benchmark[..dot]);
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(type).BenchmarksCases
            .Single(candidate => candidate.Descriptor.WorkloadMethod.Name == benchmark[(dot + 1)..]);
        return RetainedMemoryMeasurement.Measure(benchmarkCase, FixedCountBatches.Options).Retained;
    }

    /// <summary>A leak by the gate's own rule: above its tolerance and three standard errors.</summary>
    public static bool IsLeak(RetainedMemory retained) =>
        RetainedSignificance.Retains(retained, Thresholds.Default.RetainedBytesTolerance);
}
