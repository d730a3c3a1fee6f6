using System.Globalization;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using MemoryBench.BenchmarkDotNet;
using Perfolizer.Horology;

namespace MemoryBench.IntegrationTests.Engines;

[TestClass]
[DoNotParallelize]
public sealed class CountingEngineTests
{
    private const int UnrollFactor = 16;

    [TestMethod]
    public void A_workload_with_periodic_lumps_reads_its_amortised_bytes_per_operation()
    {
        var results = LumpyWorkloadRun.Results;

        var bytesPerOperation = AllocatedBytes(results.GCStats) / (double)results.GCStats.TotalOperations;
        Assert.IsTrue(
            Math.Abs(bytesPerOperation - LumpyWorkload.AmortisedBytesPerCall) <= 0.1 * LumpyWorkload.AmortisedBytesPerCall,
            $"{bytesPerOperation:0.###} B/op over {results.GCStats.TotalOperations} operations, expected {LumpyWorkload.AmortisedBytesPerCall:0.###}");
        Assert.IsTrue(LumpyWorkload.Holds());
    }

    [TestMethod]
    public void The_counting_is_written_to_the_benchmark_log_in_one_line()
    {
        var line = LumpyWorkloadRun.Host.Lines.Single(l => l.StartsWith("// MemoryBench counting:", StringComparison.Ordinal));

        // Whether lumps show depends on how many calls a chunk holds, that is on the machine's speed: not asserted.
        StringAssert.Contains(line, " ops in ");
        StringAssert.Contains(line, " B/op, ±");
        StringAssert.Contains(line, "stopped: ");
    }

    [TestMethod]
    public void BenchmarkDotNets_measurements_are_kept_as_they_are()
    {
        var results = LumpyWorkloadRun.Results;

        Assert.HasCount(2, results.Workload);
        Assert.IsTrue(results.GCStats.TotalOperations >= results.Workload[^1].Operations);
    }

    [TestMethod]
    public void A_job_that_fixes_the_invocation_count_keeps_BenchmarkDotNets_count()
    {
        var host = new RecordingHost();
        var job = FastJob().WithInvocationCount(3_200).WithUnrollFactor(UnrollFactor);

        RunResults results;
        using (var engine = new CountingEngineFactory().CreateReadyToRun(Parameters(host, new LumpyWorkload(), job)))
        {
            results = engine.Run();
        }

        Assert.IsFalse(host.Lines.Any(l => l.StartsWith("// MemoryBench counting:", StringComparison.Ordinal)));
        Assert.AreEqual(3_200, results.GCStats.TotalOperations);
    }

    internal static Job FastJob() => Job.Default
        .WithLaunchCount(1)
        .WithWarmupCount(1)
        .WithIterationCount(2)
        .WithIterationTime(TimeInterval.FromMilliseconds(20));

    internal static EngineParameters Parameters(RecordingHost host, LumpyWorkload workload, Job job) => new()
    {
        Host = host,
        WorkloadActionUnroll = unrolled => workload.Unrolled(unrolled, UnrollFactor),
        WorkloadActionNoUnroll = calls => workload.Unrolled(calls, 1),
        OverheadActionUnroll = _ => { },
        OverheadActionNoUnroll = _ => { },
        Dummy1Action = () => { },
        Dummy2Action = () => { },
        Dummy3Action = () => { },
        GlobalSetupAction = () => { },
        GlobalCleanupAction = () => { },
        IterationSetupAction = () => { },
        IterationCleanupAction = () => { },
        TargetJob = job,
        OperationsPerInvoke = 1,
        MeasureExtraStats = true,
        BenchmarkName = nameof(LumpyWorkload),
    };

    // BenchmarkDotNet keeps the allocated bytes internal; its output line carries them.
    internal static long AllocatedBytes(GcStats stats) =>
        long.Parse(stats.ToOutputLine().Split(' ', StringSplitOptions.RemoveEmptyEntries)[5], CultureInfo.InvariantCulture);
}
