using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Tests.Scenarios;

/// <summary>
/// Retained/op of a scenario's benchmark as the suite measures it (in this process, with the diagnoser's options): for
/// leaks that grow in lumps, which a single span of calls would see whole or not at all.
/// </summary>
/// <remarks>
/// The batches are fixed by count, not by time: the diagnoser sizes them from a timed first batch, so a busy machine
/// measures fewer calls, and over a short span the spare capacity of a collection's last lump weighs more. CI once read
/// the growing log at 64.56 B/op that way, outside the test's bounds; a test's reading must not depend on the load.
/// </remarks>
internal static class Leaking
{
    // Calibration stops at the most operations per first batch before this time is reached, and all nine batches fit.
    private static readonly RetainedMemoryOptions FixedByCount = RetainedMemoryOptions.Default with
    {
        TargetFirstBatchTime = TimeSpan.FromDays(1),
        MeasuredTimeBudget = TimeSpan.FromDays(1),
    };

    public static RetainedMemory RetainedPerCall<TScenario>(string method)
    {
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(typeof(TScenario)).BenchmarksCases
            .Single(candidate => candidate.Descriptor.WorkloadMethod.Name == method);
        return RetainedMemoryMeasurement.Measure(benchmarkCase, FixedByCount).Retained;
    }

    /// <summary>A leak by the gate's own rule: above its tolerance and three standard errors.</summary>
    public static bool IsLeak(RetainedMemory retained) =>
        RetainedSignificance.Retains(retained, Thresholds.Default.RetainedBytesTolerance);
}
