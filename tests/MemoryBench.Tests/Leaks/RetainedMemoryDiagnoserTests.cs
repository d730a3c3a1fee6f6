using System.Collections.Immutable;
using System.Globalization;
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

    private static RetainedMemoryReport Report(RetainedMemory batchMedian, RetainedMemory spanGrowth) =>
        new(new RetainedMemoryEstimates(batchMedian, spanGrowth), ImmutableArray<HeapSample>.Empty, FirstBatchOperations: 1, Elapsed: TimeSpan.Zero);
}
