using MemoryBench.Model;
using MemoryBench.Report;

namespace MemoryBench.Tests.Report;

[TestClass]
public sealed class ScenarioPairsTests
{
    [TestMethod]
    public void Category_baseline_is_the_wasteful_side_and_ratio_is_frugal_over_wasteful()
    {
        var eager = ReportSamples.Result("EagerListVsIterator", "EagerList", "Count=1000", 39_000, baseline: true);
        var lazy = ReportSamples.Result("EagerListVsIterator", "Iterator", "Count=1000", 22_400);

        var pair = ScenarioPairs.From([lazy, eager]).Single();

        Assert.AreSame(eager, pair.Wasteful);
        Assert.AreSame(lazy, pair.Frugal);
        Assert.AreEqual(22_400d / 39_000, pair.Ratio!.Value, 1e-12);
        Assert.AreEqual("EagerListVsIterator (Count=1000)", pair.Description);
    }

    [TestMethod]
    public void Only_benchmarks_with_the_same_parameters_pair()
    {
        var pairs = ScenarioPairs.From([
            ReportSamples.Result("EagerListVsIterator", "EagerList", "Count=1000", 39_000, baseline: true),
            ReportSamples.Result("EagerListVsIterator", "Iterator", "Count=1000", 22_400),
            ReportSamples.Result("EagerListVsIterator", "EagerList", "Count=100000", 5_288_130, baseline: true),
            ReportSamples.Result("EagerListVsIterator", "Iterator", "Count=100000", 3_190_400),
        ]);

        Assert.HasCount(2, pairs);
        Assert.IsTrue(pairs.All(p => p.Wasteful.Name.Parameters == p.Frugal.Name.Parameters));
    }

    [TestMethod]
    public void Category_without_exactly_one_baseline_has_no_pair()
    {
        var none = ScenarioPairs.From([
            ReportSamples.Result("Strings", "A", "", 10),
            ReportSamples.Result("Strings", "B", "", 20),
        ]);
        var two = ScenarioPairs.From([
            ReportSamples.Result("Strings", "A", "", 10, baseline: true),
            ReportSamples.Result("Strings", "B", "", 20, baseline: true),
        ]);

        Assert.IsEmpty(none);
        Assert.IsEmpty(two);
    }

    [TestMethod]
    public void Side_without_a_measurement_has_no_pair()
    {
        var pairs = ScenarioPairs.From([
            ReportSamples.Result("RegexVsSpan", "Span", "", 0),
            ReportSamples.Failed("RegexVsSpan", "Regex", "", baseline: true),
        ]);

        Assert.IsEmpty(pairs);
    }

    [TestMethod]
    public void Wasteful_side_that_allocates_nothing_has_no_ratio()
    {
        var pair = ScenarioPairs.From([
            ReportSamples.Result("Pooling", "Rent", "", 0, baseline: true),
            ReportSamples.Result("Pooling", "Stackalloc", "", 0),
        ]).Single();

        Assert.IsNull(pair.Ratio);
    }

    [TestMethod]
    public void Benchmark_in_two_categories_pairs_once_with_its_partner()
    {
        BenchmarkResult InBoth(BenchmarkResult result) => result with { Categories = ["Strings", "Allocations"] };

        var pairs = ScenarioPairs.From([
            InBoth(ReportSamples.Result("Strings", "Concat", "", 1_000, baseline: true)),
            InBoth(ReportSamples.Result("Strings", "Builder", "", 500)),
        ]);

        Assert.HasCount(1, pairs);
        Assert.AreEqual("Allocations", pairs[0].Category);
    }
}
