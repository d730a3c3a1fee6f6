using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.IntegrationTests.Scenarios;

/// <summary>
/// Retained/op of a scenario's benchmark as the suite measures it (in this process, with the diagnoser's options): for
/// leaks that grow in lumps, which a single span of calls would see whole or not at all.
/// </summary>
/// <remarks>With batches fixed by count (<see cref="Leaks.FixedCountBatches"/>).</remarks>
internal static class Leaking
{
    public static RetainedMemory RetainedPerCall<TScenario>(string method)
    {
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(typeof(TScenario)).BenchmarksCases
            .Single(candidate => candidate.Descriptor.WorkloadMethod.Name == method);
        return RetainedMemoryMeasurement.Measure(benchmarkCase, IntegrationTests.Leaks.FixedCountBatches.Options).Retained;
    }

    /// <summary>A leak by the gate's own rule: above its tolerance and three standard errors.</summary>
    public static bool IsLeak(RetainedMemory retained) =>
        RetainedSignificance.Retains(retained, Thresholds.Default.RetainedBytesTolerance);
}
