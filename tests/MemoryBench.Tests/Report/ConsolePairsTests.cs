using System.Collections.Immutable;
using MemoryBench.Model;
using MemoryBench.Report;

namespace MemoryBench.Tests.Report;

[TestClass]
public sealed class ConsolePairsTests
{
    private static BenchmarkResult Result(string method, long bytes, bool isBaseline, string parameters = "Count=1000") => new(
        new BenchmarkId($"Suite.EagerListVsIterator.{method}({parameters})"),
        new BenchmarkName("Suite", "EagerListVsIterator", method, parameters, "FastMemory"),
        ["EagerListVsIterator"],
        isBaseline,
        new MemoryMetrics(bytes, 0, 0, 0, 1_000),
        Time: null,
        Retained: null,
        Failed: false);

    [TestMethod]
    public void Each_pair_shows_both_sides_allocations_and_the_frugal_to_wasteful_ratio()
    {
        var pairs = ScenarioPairs.From([Result("EagerList", 39_000, isBaseline: true), Result("Iterator", 22_400, isBaseline: false)]);

        var text = ConsolePairs.Render(pairs);

        Assert.AreEqual(
            "Paired scenarios: allocated per operation, wasteful -> frugal (ratio = frugal / wasteful)\n" +
            "  EagerListVsIterator (Count=1000)  EagerList 38.09 KiB  ->  Iterator 21.88 KiB  ratio 0.574\n",
            text);
    }

    [TestMethod]
    public void A_wasteful_side_that_allocates_nothing_has_no_ratio()
    {
        var pairs = ScenarioPairs.From([Result("EagerList", 0, isBaseline: true), Result("Iterator", 0, isBaseline: false)]);

        Assert.Contains("ratio n/a", ConsolePairs.Render(pairs));
    }

    [TestMethod]
    public void No_pairs_print_nothing()
    {
        Assert.AreEqual("", ConsolePairs.Render(ImmutableArray<ScenarioPair>.Empty));
    }
}
