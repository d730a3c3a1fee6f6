using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;

namespace MemoryBench.Tests.Harness;

[TestClass]
public sealed class RunManifestBuilderTests
{
    private static BenchmarkCase[] Cases<T>() =>
        [.. BenchmarkConverter.TypeToBenchmarks(typeof(T), SuiteConfig.Create("results/latest", [])).BenchmarksCases];

    [TestMethod]
    public void Each_case_is_recorded_under_BenchmarkDotNets_full_name_and_job_with_its_category_and_baseline_flag()
    {
        var manifest = RunManifestBuilder.From(Cases<BudgetedPair>());

        Assert.HasCount(2, manifest.Benchmarks);
        var wasteful = manifest.Benchmarks.Single(e => e.IsBaseline);
        Assert.AreEqual("MemoryBench.Tests.Harness.RunManifestBuilderTests+BudgetedPair.Wasteful", wasteful.FullName);
        Assert.AreEqual(FastMemoryJob.Id, wasteful.Job);
        CollectionAssert.AreEqual(new[] { nameof(BudgetedPair) }, wasteful.Categories.ToArray());
    }

    [TestMethod]
    public void A_budget_attribute_reaches_the_manifest_and_a_negative_byte_limit_means_none()
    {
        var manifest = RunManifestBuilder.From(Cases<BudgetedPair>());

        var frugal = manifest.Benchmarks.Single(e => !e.IsBaseline).Budget;
        Assert.AreEqual(64L, frugal?.MaxBytesPerOperation);
        Assert.IsTrue(frugal!.NoGen2);
        Assert.IsFalse(frugal.RetainsNothing);

        var wasteful = manifest.Benchmarks.Single(e => e.IsBaseline).Budget;
        Assert.IsNull(wasteful?.MaxBytesPerOperation);
        Assert.IsTrue(wasteful!.RetainsNothing);
    }

    [TestMethod]
    public void The_fast_jobs_GC_mode_is_recorded_as_the_runtime_default()
    {
        Assert.AreEqual("Workstation, Concurrent", RunManifestBuilder.From(Cases<BudgetedPair>()).GcMode);
    }

    [BenchmarkCategory(nameof(BudgetedPair))]
    public class BudgetedPair
    {
        // BenchmarkDotNet runs instance methods only.
        private readonly int result = 1;

        [Benchmark(Baseline = true)]
        [MemoryBudget(RetainsNothing = true)]
        public int Wasteful() => result;

        [Benchmark]
        [MemoryBudget(MaxBytesPerOperation = 64, NoGen2 = true)]
        public int Frugal() => result;
    }
}
