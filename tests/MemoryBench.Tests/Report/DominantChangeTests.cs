using MemoryBench.Comparison;
using MemoryBench.Report;
using static MemoryBench.Tests.Report.ReportSamples;

namespace MemoryBench.Tests.Report;

[TestClass]
public sealed class DominantChangeTests
{
    [TestMethod]
    public void Gen0_regressions_with_unchanged_allocations_are_summed_up_in_one_line()
    {
        var result = Comparison(
            Gen0Regression("A", baselineGen0: 2, currentGen0: 8),
            Gen0Regression("B", baselineGen0: 3, currentGen0: 12),
            Gen0Regression("C", baselineGen0: 4, currentGen0: 20));

        Assert.AreEqual(
            "Mostly Gen0 collections: 3 of 3 regressions collect more often (median \u00d74), allocated bytes unchanged in all 3.",
            DominantChange.Of(result));
    }

    [TestMethod]
    public void The_line_leads_the_report_and_the_console()
    {
        var result = Comparison(Gen0Regression("A", 2, 8), Gen0Regression("B", 3, 12));

        StringAssert.Contains(MarkdownReport.Render(result), "\n\nMostly Gen0 collections: 2 of 2 regressions collect more often (median \u00d74), allocated bytes unchanged in both.\n\n");
        StringAssert.Contains(ConsoleSummary.Render(result), "\nMostly Gen0 collections: 2 of 2 regressions collect more often (median x4), allocated bytes unchanged in both.\n");
    }

    [TestMethod]
    public void One_regression_needs_no_summary()
    {
        Assert.IsNull(DominantChange.Of(Comparison(Gen0Regression("A", 2, 8))));
    }

    [TestMethod]
    public void No_line_when_no_kind_of_change_holds_a_majority()
    {
        var allocation = Changed(
            Verdict.Regressed,
            Result("Suite", "B", "", 100, gen0: 1, operations: 1_000),
            Result("Suite", "B", "", 124, gen0: 1, operations: 1_000),
            new Finding(Metric.AllocatedBytesPerOperation, FindingKind.Regression, 100, 124, new AllocationChange(8, 0)));

        Assert.IsNull(DominantChange.Of(Comparison(Gen0Regression("A", 2, 8), allocation)));
    }

    private static BenchmarkComparison Gen0Regression(string method, long baselineGen0, long currentGen0)
    {
        var before = new CollectionRate(baselineGen0, 1_000);
        var after = new CollectionRate(currentGen0, 1_000);
        return Changed(
            Verdict.Regressed,
            Result("Suite", method, "", 40_000, gen0: baselineGen0, operations: 1_000),
            Result("Suite", method, "", 40_000, gen0: currentGen0, operations: 1_000),
            new Finding(Metric.Gen0Collections, FindingKind.Regression, before.PerThousandOperations, after.PerThousandOperations, new RateChange(before, after, 1)));
    }

    private static ComparisonResult Comparison(params BenchmarkComparison[] benchmarks) =>
        new([.. benchmarks], Laptop, Laptop, GcCountsComparable: true, NotComparableReason: null, ReportSamples.Thresholds);
}
