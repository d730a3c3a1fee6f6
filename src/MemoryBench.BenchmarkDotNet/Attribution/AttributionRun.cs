using System.Diagnostics;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using MemoryBench.Attribution;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Re-runs benchmarks under allocation sampling: each on its own job's runtime and settings, for as many operations
/// as <see cref="SamplingPlan"/> asks from its measured bytes and time per operation, split into
/// <see cref="SamplingPlan.MeasuredIterations"/> measured iterations that the session samples, after one warm-up
/// iteration of the same length. One BenchmarkDotNet run (one build) for all.
/// </summary>
internal static class AttributionRun
{
    /// <summary>Profiles the benchmarks of <paramref name="reports"/> into the run folder's allocations folder.</summary>
    /// <param name="reports">The benchmarks to profile.</param>
    /// <param name="censused">By attribution key: whether a benchmark's profile also gets its retained types.</param>
    /// <param name="runFolder">The run folder.</param>
    /// <param name="output">Where progress goes.</param>
    /// <returns>How many profiles were written.</returns>
    public static int Run(IReadOnlyList<BenchmarkReport> reports, Func<string, bool> censused, string runFolder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(output);
        var planned = reports
            .Select(report => (report.BenchmarkCase, Operations: SamplingPlan.Operations(
                report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0,
                report.ResultStatistics?.Mean)))
            .Where(plan => plan.Operations > 0)
            .ToList();
        if (planned.Count == 0)
        {
            return 0;
        }

        var folder = AllocationProfileStore.FolderOf(runFolder);
        var diagnoser = new AllocationSamplingDiagnoser(folder, benchmarkCase => censused(AttributionKey.Of(benchmarkCase)));
        var config = ImmutableConfigBuilder.Create(ManualConfig.CreateEmpty()
            .AddDiagnoser(diagnoser)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(Path.Combine(folder, "run"))
            .WithBuildTimeout(planned.Max(plan => plan.BenchmarkCase.Config.BuildTimeout)));
        var runs = planned
            .GroupBy(plan => plan.BenchmarkCase.Descriptor.Type)
            .Select(group => new BenchmarkRunInfo(
                [.. group.Select(plan => BenchmarkCase.Create(
                    plan.BenchmarkCase.Descriptor, SamplingJob(plan.BenchmarkCase.Job, plan.Operations), plan.BenchmarkCase.Parameters, config))],
                group.Key,
                config))
            .ToArray();

        var withCensus = planned.Count(plan => censused(AttributionKey.Of(plan.BenchmarkCase)));
        output.WriteLine($"// Allocation sampling: re-running {planned.Count} benchmark(s) to say what grew" +
            (withCensus > 0 ? $", {withCensus} with heap snapshots to say what they retain." : "."));
        var started = Stopwatch.GetTimestamp();
        BenchmarkRunner.Run(runs);
        output.WriteLine($"// Allocation sampling: {diagnoser.Written.Count} profile(s) in {folder} after {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s.");
        return diagnoser.Written.Count;
    }

    // The benchmark's own job (runtime, GC settings, environment) with BenchmarkDotNet's standard engine, whose
    // BeforeActualRun/AfterActualRun signals bracket the measured iteration.
    private static Job SamplingJob(Job job, long operations) =>
        new Job(job.Id + "-sampled", job.UnfreezeCopy())
            .WithEngineFactory(new EngineFactory())
            .WithStrategy(global::BenchmarkDotNet.Engines.RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(SamplingPlan.MeasuredIterations)
            .WithUnrollFactor(1)
            .WithInvocationCount((operations + SamplingPlan.MeasuredIterations - 1) / SamplingPlan.MeasuredIterations);
}
