using BenchmarkDotNet.Characteristics;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Runs BenchmarkDotNet's engine as it is (timings, threading statistics, exception frequency unchanged), then the
/// counting stage (its allocations sampled when the host asked: <see cref="CountedSpanSampling"/>), and returns
/// BenchmarkDotNet's results with the counted GC statistics in place of its own.
/// </summary>
internal sealed class CountingEngine(IEngine engine, EngineParameters parameters) : IEngine
{
    public IHost Host => engine.Host;

    public Job TargetJob => engine.TargetJob;

    public long OperationsPerInvoke => engine.OperationsPerInvoke;

    public Action? GlobalSetupAction => engine.GlobalSetupAction;

    public Action? GlobalCleanupAction => engine.GlobalCleanupAction;

    public Action<long> WorkloadAction => engine.WorkloadAction;

    public Action<long> OverheadAction => engine.OverheadAction;

    public IResolver Resolver => engine.Resolver;

    public RunResults Run()
    {
        var results = engine.Run();
        var workload = results.Workload;
        if (workload.Count == 0)
        {
            return results;
        }

        var unrollFactor = TargetJob.ResolveValue(RunMode.UnrollFactorCharacteristic, Resolver);
        var stage = new CountingStage(
            WorkloadAction,
            parameters.IterationSetupAction,
            parameters.IterationCleanupAction,
            unrollFactor,
            OperationsPerInvoke);
        // The session starts before the stage's collections, so that what starting it leaves behind is collected
        // (or finalized) before the first chunk is counted.
        using var sampling = CountedSpanSampling.StartIfRequested(WriteLine);
        var counted = stage.Count(workload[^1].Operations / OperationsPerInvoke, TimeSpan.FromTicks((long)(workload[^1].Nanoseconds / 100)));
        WriteLine(counted.Summary);
        sampling?.Finish(counted, WriteLine);

        var outlierMode = TargetJob.ResolveValue(AccuracyMode.OutlierModeCharacteristic, Resolver);
        return new RunResults(results.EngineMeasurements, outlierMode, counted.GcStats, results.ThreadingStats, results.ExceptionFrequency);
    }

    public Measurement RunIteration(IterationData data) => engine.RunIteration(data);

    public void WriteLine() => engine.WriteLine();

    public void WriteLine(string line) => engine.WriteLine(line);

    public void Dispose() => engine.Dispose();
}
