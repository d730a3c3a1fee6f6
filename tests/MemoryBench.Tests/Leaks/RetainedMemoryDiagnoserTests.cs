using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.Leaks;
using MemoryBench.Model;
using MemoryBench.Tests.BenchmarkDotNetPackage;

namespace MemoryBench.Tests.Leaks;

[TestClass]
public sealed class RetainedMemoryDiagnoserTests
{
    [TestMethod]
    public void Every_benchmark_of_the_suite_gets_the_retained_memory_diagnoser()
    {
        var benchmarkCases = SuiteCases.For();

        Assert.IsNotEmpty(benchmarkCases);
        foreach (var benchmarkCase in benchmarkCases)
        {
            Assert.ContainsSingle(benchmarkCase.Config.GetDiagnosers().OfType<RetainedMemoryDiagnoser>(), benchmarkCase.DisplayInfo);
        }
    }

    [TestMethod]
    public void Metrics_carry_the_ids_the_results_reader_looks_for()
    {
        var metrics = RetainedMemoryDiagnoser.MetricsOf(Report(new RetainedMemory(24, 0.5), new RetainedMemory(30, 4))).ToDictionary(metric => metric.Descriptor.Id);

        Assert.AreEqual(24.0, metrics["RetainedBytesPerOperation"].Value);
        Assert.AreEqual(0.5, metrics["RetainedBytesPerOperationStandardError"].Value);
    }

    [TestMethod]
    public void Both_estimates_travel_beside_the_one_chosen()
    {
        var metrics = RetainedMemoryDiagnoser.MetricsOf(Report(new RetainedMemory(0, 0), new RetainedMemory(12, 1))).ToDictionary(metric => metric.Descriptor.Id);

        Assert.AreEqual(12.0, metrics[RetainedMemoryMetricIds.BytesPerOperation].Value);
        Assert.AreEqual(0.0, metrics[RetainedMemoryMetricIds.BatchMedian].Value);
        Assert.AreEqual(0.0, metrics[RetainedMemoryMetricIds.BatchMedianStandardError].Value);
        Assert.AreEqual(12.0, metrics[RetainedMemoryMetricIds.SpanGrowth].Value);
        Assert.AreEqual(1.0, metrics[RetainedMemoryMetricIds.SpanGrowthStandardError].Value);
    }

    [TestMethod]
    public void Retained_per_operation_is_a_column_named_retained_per_op_showing_bytes_with_their_fraction()
    {
        var descriptor = RetainedMemoryDiagnoser.MetricsOf(Report(new RetainedMemory(0, 0), new RetainedMemory(0, 0)))
            .Single(metric => metric.Descriptor.Id == "RetainedBytesPerOperation").Descriptor;

        Assert.AreEqual("Retained/op", descriptor.DisplayName);
        Assert.AreEqual("B", descriptor.Unit);
        Assert.AreEqual("8 B", 7.9992.ToString(descriptor.NumberFormat, CultureInfo.InvariantCulture));
        Assert.AreEqual("100,024 B", 100_024.0.ToString(descriptor.NumberFormat, CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public void The_time_the_measurements_took_is_shown_after_the_run()
    {
        var diagnoser = new RetainedMemoryDiagnoser();
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(typeof(ArgumentLeak)).BenchmarksCases.Single();
        var logger = new AccumulationLogger();

        var metrics = diagnoser.Measure(benchmarkCase).ToArray();
        diagnoser.DisplayResults(logger);

        Assert.HasCount(6, metrics);
        Assert.Contains("Retained memory measured for 1 benchmark case(s)", logger.GetLog());
        Assert.Contains("slowest", logger.GetLog());
    }

    [TestMethod]
    public void Each_summary_shows_only_the_cases_measured_since_the_last_one()
    {
        var diagnoser = new RetainedMemoryDiagnoser();
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(typeof(ArgumentLeak)).BenchmarksCases.Single();
        _ = diagnoser.Measure(benchmarkCase).ToArray();
        diagnoser.DisplayResults(new AccumulationLogger());
        var logger = new AccumulationLogger();

        _ = diagnoser.Measure(benchmarkCase).ToArray();
        diagnoser.DisplayResults(logger);

        Assert.Contains("Retained memory measured for 1 benchmark case(s)", logger.GetLog());
    }

    [TestMethod]
    public void A_benchmark_that_throws_gives_no_metrics_and_is_reported_after_the_run()
    {
        var diagnoser = new RetainedMemoryDiagnoser();
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(typeof(ThrowingBenchmark)).BenchmarksCases.Single();
        var logger = new AccumulationLogger();

        var metrics = diagnoser.Measure(benchmarkCase).ToArray();
        diagnoser.DisplayResults(logger);

        Assert.IsEmpty(metrics);
        Assert.Contains("Retained memory not measured for ThrowingBenchmark.Fail", logger.GetLog());
        Assert.Contains("InvalidOperationException: always fails", logger.GetLog());
    }

    private static RetainedMemoryReport Report(RetainedMemory batchMedian, RetainedMemory spanGrowth) =>
        new(new RetainedMemoryEstimates(batchMedian, spanGrowth), ImmutableArray<HeapSample>.Empty, FirstBatchOperations: 1, Elapsed: TimeSpan.Zero);
}
