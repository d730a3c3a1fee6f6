using MemoryBench.Reading;

namespace MemoryBench.Tests.Reading;

[TestClass]
public sealed class BaselineUpdateTests
{
    [TestMethod]
    public void A_run_with_failed_benchmarks_makes_no_baseline_and_the_error_names_them()
    {
        var run = SampleResults.Run(SampleResults.Measured("Total", 64), SampleResults.Failed("Tax"));

        var error = Assert.ThrowsExactly<InputException>(() => BaselineUpdate.FromRun(run, allowFailed: false));

        Assert.Contains("1 benchmark(s) failed (Shop.Pricing.Tax)", error.Message);
    }

    [TestMethod]
    public void A_run_with_failed_benchmarks_makes_a_baseline_when_failures_are_allowed()
    {
        var run = SampleResults.Run(SampleResults.Measured("Total", 64), SampleResults.Failed("Tax"));

        var baseline = BaselineUpdate.FromRun(run, allowFailed: true);

        Assert.AreEqual(2, baseline.Benchmarks.Length);
        Assert.IsTrue(baseline.Benchmarks.Single(benchmark => benchmark.Id.Value == "Shop.Pricing.Tax").Failed);
    }

    [TestMethod]
    public void A_run_with_a_benchmark_without_memory_figures_makes_no_baseline_even_with_failures_allowed()
    {
        var run = SampleResults.Run(SampleResults.Measured("Total", 64), SampleResults.Measured("Tax", 8) with { Memory = null });

        var error = Assert.ThrowsExactly<InputException>(() => BaselineUpdate.FromRun(run, allowFailed: true));

        Assert.Contains("1 benchmark(s) have no memory figures (Shop.Pricing.Tax)", error.Message);
        Assert.Contains("[MemoryDiagnoser]", error.Message);
    }

    [TestMethod]
    public void A_run_without_benchmarks_makes_no_baseline()
    {
        var error = Assert.ThrowsExactly<InputException>(() => BaselineUpdate.FromRun(SampleResults.Run(), allowFailed: true));

        Assert.Contains("no benchmark", error.Message);
    }

    [TestMethod]
    public void Merging_replaces_the_benchmarks_of_the_run_and_keeps_the_others()
    {
        var baseline = SampleResults.Run(SampleResults.Measured("Discount", 32), SampleResults.Measured("Total", 64));
        var run = SampleResults.Run(SampleResults.Measured("Total", 88), SampleResults.Measured("Tax", 8)) with
        {
            Environment = SampleResults.Environment with { ProcessorCount = 4 },
        };

        var merged = BaselineUpdate.Merge(baseline, run);

        CollectionAssert.AreEqual(
            new[] { ("Shop.Pricing.Discount", 32L), ("Shop.Pricing.Tax", 8L), ("Shop.Pricing.Total", 88L) },
            merged.Benchmarks.Select(benchmark => (benchmark.Id.Value, benchmark.Memory!.BytesAllocatedPerOperation)).ToArray());
        Assert.AreEqual(4, merged.Environment!.ProcessorCount);
    }
}
