using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.Comparison;
using MemoryBench.Probes.Lumps;

namespace MemoryBench.IntegrationTests.Leaks;

/// <summary>
/// Measures, in this process, the collections that only grow and the memory that grows once: the first must read a
/// leak of their amortised cost per call (the gate's rule and tolerance), the second nothing.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class LumpyGrowthMeasurementTests
{
    [TestMethod]
    [DataRow(nameof(GrowingCollections.ListOfLong), 8, 16)]
    [DataRow(nameof(GrowingCollections.ListOfString), 48, 56)]
    [DataRow(nameof(GrowingCollections.DictionaryOfInt), 20, 42)]
    [DataRow(nameof(GrowingCollections.HashSetOfLong), 20, 42)]
    [DataRow(nameof(GrowingCollections.StringBuilderLog), 32, 64)]
    public void A_collection_growing_with_every_call_is_a_leak_of_its_amortised_cost(string method, int fewestBytes, int mostBytes)
    {
        // Over batches fixed by count: a busy machine's shorter span would weigh the last lump's spare capacity more.
        var report = Measure<GrowingCollections>(method, FixedCountBatches.Options);

        Assert.IsTrue(RetainedSignificance.Retains(report.Retained, Thresholds.Default.RetainedBytesTolerance), Describe(report));
        // The estimate is right when the amortised cost lies within its own uncertainty and 2.5 %: where the lumps fall
        // late in the batches, a StringBuilder's 32 B of characters a call reads a little under 32 B, and the batches can
        // agree on it closely (docs/measurements.md).
        var uncertainty = Math.Max(0.5, 0.025 * fewestBytes) + (RetainedSignificance.StandardErrors * report.Retained.StandardErrorBytes);
        Assert.IsInRange(fewestBytes - uncertainty, mostBytes + uncertainty, report.Retained.BytesPerOperation, Describe(report));
    }

    [TestMethod]
    [DataRow(nameof(OneTimeGrowth.CacheFilledInWarmup))]
    [DataRow(nameof(OneTimeGrowth.LazyStatic))]
    [DataRow(nameof(OneTimeGrowth.PooledArray))]
    [DataRow(nameof(OneTimeGrowth.BoundedListResizedOnce))]
    public void Memory_that_grows_once_is_not_a_leak(string method)
    {
        var report = Measure<OneTimeGrowth>(method, RetainedMemoryOptions.Default);

        Assert.IsFalse(RetainedSignificance.Retains(report.Retained, tolerance: 0), Describe(report));
    }

    private static RetainedMemoryReport Measure<TBenchmark>(string method, RetainedMemoryOptions options)
    {
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(typeof(TBenchmark)).BenchmarksCases
            .Single(candidate => candidate.Descriptor.WorkloadMethod.Name == method);
        return RetainedMemoryMeasurement.Measure(benchmarkCase, options);
    }

    private static string Describe(RetainedMemoryReport report) =>
        $"{report.Estimates}, {report.FirstBatchOperations} operations in the first batch, surviving bytes " +
        string.Join(", ", report.Samples.Select(sample => sample.SurvivingBytes));
}
