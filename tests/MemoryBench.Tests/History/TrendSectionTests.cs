using MemoryBench.Budgets;
using MemoryBench.Comparison;
using MemoryBench.History.Rendering;
using MemoryBench.Model;

namespace MemoryBench.Tests.History;

[TestClass]
public sealed class TrendSectionTests
{
    [TestMethod]
    public void A_regressed_benchmark_shows_mains_creep_as_a_rising_sparkline_then_this_run()
    {
        // Main crept up 4 B at a time, four times; the pull request adds 24 B more.
        var main = SyntheticHistory.Of(Enumerable.Range(0, 5).SelectMany(step => SyntheticHistory.Level(4, 1000 + (4 * step))));
        var result = Compare(baselineBytes: 1016, currentBytes: 1040);

        var section = TrendSection.Render(result, main);

        Assert.Contains("### Trend on main (last 20 runs)", section);
        Assert.Contains("| Parsing.Parse(Size=10) | Allocated/op | <code>▁▁▁▁▃▃▃▃▅▅▅▅▆▆▆▆████</code> | 1,000\u00a0B\u00a0→ 1,016\u00a0B | 1.02\u00a0KiB |", section);
    }

    [TestMethod]
    public void Jitter_inside_the_allowance_stays_low_on_the_sparkline()
    {
        var main = SyntheticHistory.Of([1000, 1001, 1000, 1002, 1000, 1001]);

        var section = TrendSection.Render(Compare(1000, 1040), main);

        Assert.Contains("<code>▁▂▁▃▁▂</code>", section);
    }

    [TestMethod]
    public void Nothing_regressed_means_no_trend()
    {
        var main = SyntheticHistory.Of(SyntheticHistory.Level(5, 1000));

        Assert.AreEqual("", TrendSection.Render(Compare(1000, 1000), main));
    }

    private static ComparisonResult Compare(long baselineBytes, long currentBytes) =>
        Comparer.Compare(Run(baselineBytes), Run(currentBytes), BudgetSet.Empty, Thresholds.Default);

    private static RunResults Run(long bytes)
    {
        var name = new BenchmarkName("Synthetic", "Parsing", "Parse", "Size=10", "Default");
        return new RunResults(
            SyntheticHistory.Environment,
            [new BenchmarkResult(SyntheticHistory.Id, name, [], false, SyntheticHistory.Memory(bytes), null, null, false)],
            ["synthetic"]);
    }
}
