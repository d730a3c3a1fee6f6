using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.Comparison;

namespace MemoryBench.IntegrationTests.Leaks;

/// <summary>Runs the measurement in this process on synthetic benchmarks.</summary>
/// <remarks>
/// The surviving heap is counted to the byte, so the margins are the estimator's own uncertainty (three standard
/// errors) plus one byte, never a time; a leak must stand significantly above zero (the gate's rule with no tolerance), anything else must not. Leaks are
/// measured over batches fixed by count (<see cref="FixedCountBatches"/>), so a busy machine cannot shorten the span
/// until noise hides them; what must not read as a leak is measured as the diagnoser measures it, by time.
/// </remarks>
[TestClass]
[DoNotParallelize]
public sealed class RetainedMemoryMeasurementTests
{
    [TestMethod]
    public void One_24_byte_object_kept_per_call_is_a_leak_of_24_bytes_per_operation()
    {
        var report = MeasureLeak<ChainLeak>(nameof(ChainLeak.Leak), "NodesPerCall=1");

        AssertLeakOf(24, report);
    }

    [TestMethod]
    public void Parameters_are_set_before_the_measurement()
    {
        var report = MeasureLeak<ChainLeak>(nameof(ChainLeak.Leak), "NodesPerCall=3");

        AssertLeakOf(72, report);
    }

    [TestMethod]
    public void Arguments_are_passed_to_the_benchmark()
    {
        var report = MeasureLeak<ArgumentLeak>(nameof(ArgumentLeak.Leak), "nodes=2");

        AssertLeakOf(48, report);
    }

    [TestMethod]
    public void One_object_every_third_call_is_a_leak_of_8_bytes_per_operation()
    {
        var report = MeasureLeak<SparseChainLeak>(nameof(SparseChainLeak.LeakEveryThirdCall), "");

        AssertLeakOf(8, report);
    }

    [TestMethod]
    public void A_list_of_objects_kept_per_call_counts_the_objects_and_the_array_growing_in_lumps()
    {
        // 24-byte nodes, and a reference of 8 bytes in an array that doubles: 8-16 bytes amortised.
        var report = MeasureLeak<GrowingListLeak>(nameof(GrowingListLeak.Leak), "");

        AssertLeakWithin(24 + 8, 24 + 16, report);
    }

    [TestMethod]
    [DataRow(nameof(AsynchronousLeak.LeakAfterAwait))]
    [DataRow(nameof(AsynchronousLeak.LeakAfterAwaitWithResult))]
    public void Asynchronous_benchmarks_are_awaited_before_the_heap_is_measured(string method)
    {
        // Unawaited, a call would return before keeping its node, and the next call would overwrite its continuation.
        // 32 × 511 calls, each completed on another thread, keep 17 MB, far above the test host letting go of a megabyte
        // of its own meanwhile (with 24-byte nodes, a gen0 budget of 2 MiB beside a busy neighbour read 12 B per call,
        // three of the nine batches shrinking by 1.4 MB in all).
        var report = Measure<AsynchronousLeak>(method, "", FixedCountBatches.WithFirstBatch(32));

        AssertLeakOf(PayloadNode.BytesKept, report);
    }

    [TestMethod]
    public void Allocating_a_100_KB_array_per_call_retains_nothing()
    {
        AssertRetainsNothing(Measure<AllocationHeavy>(nameof(AllocationHeavy.LargeArray), ""));
    }

    [TestMethod]
    public void Concatenating_a_long_string_per_call_retains_nothing()
    {
        AssertRetainsNothing(Measure<AllocationHeavy>(nameof(AllocationHeavy.Concatenation), ""));
    }

    [TestMethod]
    public void State_built_once_on_the_first_call_is_not_counted()
    {
        AssertRetainsNothing(Measure<LazilyBuiltTable>(nameof(LazilyBuiltTable.Lookup), ""));
    }

    [TestMethod]
    public void Global_and_iteration_setup_and_cleanup_run_as_BenchmarkDotNet_runs_them()
    {
        SetupDependentLeak.ResetCounts();

        var report = MeasureLeak<SetupDependentLeak>(nameof(SetupDependentLeak.Leak), "");

        AssertLeakOf(24, report);
        Assert.AreEqual(1, SetupDependentLeak.GlobalSetups);
        Assert.AreEqual(1, SetupDependentLeak.GlobalCleanups);
        var batches = RetainedMemoryOptions.Default.WarmupBatches + RetainedMemoryOptions.Default.MeasuredBatches;
        Assert.IsGreaterThan(batches, SetupDependentLeak.IterationSetups, "calibration batches come on top");
        Assert.AreEqual(SetupDependentLeak.IterationSetups, SetupDependentLeak.IterationCleanups);
    }

    [TestMethod]
    public void Every_measured_batch_doubles_the_one_before_and_gives_one_sample_after_the_baseline()
    {
        var report = Measure<ChainLeak>(nameof(ChainLeak.Leak), "NodesPerCall=1");

        Assert.IsInRange(RetainedMemoryOptions.Default.FewestMeasuredBatches + 1, RetainedMemoryOptions.Default.MeasuredBatches + 1, report.Samples.Length);
        Assert.AreEqual(0, report.Samples[0].Operations);
        for (var batch = 0; batch < report.Samples.Length - 1; batch++)
        {
            Assert.AreEqual(report.FirstBatchOperations << batch, report.Samples[batch + 1].Operations - report.Samples[batch].Operations);
        }
    }

    private static RetainedMemoryReport Measure<TBenchmark>(string method, string parameters) =>
        Measure<TBenchmark>(method, parameters, RetainedMemoryOptions.Default);

    private static RetainedMemoryReport MeasureLeak<TBenchmark>(string method, string parameters) =>
        Measure<TBenchmark>(method, parameters, FixedCountBatches.Options);

    private static RetainedMemoryReport Measure<TBenchmark>(string method, string parameters, RetainedMemoryOptions options)
    {
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(typeof(TBenchmark)).BenchmarksCases
            .Single(candidate => candidate.Descriptor.WorkloadMethod.Name == method && candidate.Parameters.PrintInfo == parameters);
        return RetainedMemoryMeasurement.Measure(benchmarkCase, options);
    }

    private static void AssertLeakOf(double bytesPerOperation, RetainedMemoryReport report)
    {
        var margin = 1 + (3 * report.Retained.StandardErrorBytes);
        Assert.IsTrue(RetainedSignificance.Retains(report.Retained, tolerance: 0), $"not significantly above zero: {Describe(report)}");
        Assert.IsLessThan(margin, Math.Abs(report.Retained.BytesPerOperation - bytesPerOperation), Describe(report));
    }

    private static void AssertLeakWithin(double fewestBytesPerOperation, double mostBytesPerOperation, RetainedMemoryReport report)
    {
        Assert.IsTrue(RetainedSignificance.Retains(report.Retained, tolerance: 0), $"not significantly above zero: {Describe(report)}");
        // As AssertLeakOf: the range holds when it lies within the estimate's own three standard errors.
        var margin = 1 + (3 * report.Retained.StandardErrorBytes);
        Assert.IsInRange(fewestBytesPerOperation - margin, mostBytesPerOperation + margin, report.Retained.BytesPerOperation, Describe(report));
    }

    private static void AssertRetainsNothing(RetainedMemoryReport report)
    {
        var margin = 1 + (3 * report.Retained.StandardErrorBytes);
        Assert.IsFalse(RetainedSignificance.Retains(report.Retained, tolerance: 0), $"significantly above zero: {Describe(report)}");
        Assert.IsLessThan(margin, Math.Abs(report.Retained.BytesPerOperation), Describe(report));
    }

    private static string Describe(RetainedMemoryReport report) =>
        $"{report.Estimates}, {report.FirstBatchOperations} operations in the first batch, surviving bytes " +
        string.Join(", ", report.Samples.Select(sample => sample.SurvivingBytes));
}
