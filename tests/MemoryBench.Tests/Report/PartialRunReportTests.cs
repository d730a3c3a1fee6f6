using MemoryBench.Budgets;
using MemoryBench.Comparison;
using MemoryBench.Model;
using MemoryBench.Report;
using static MemoryBench.Tests.Comparison.ResultBuilder;

namespace MemoryBench.Tests.Report;

/// <summary>Benchmarks a filtered or sharded run did not select are folded as "not run" and not counted in the verdict.</summary>
[TestClass]
public sealed class PartialRunReportTests
{
    private static ComparisonResult FilteredRun() => Comparer.Compare(
        Run(Benchmark("A"), Benchmark("B"), Benchmark("C")),
        Run(Benchmark("A")) with { Coverage = new RunCoverage(true, "selection --filter *A*") },
        BudgetSet.Empty,
        Thresholds.Default);

    [TestMethod]
    public void The_headline_counts_only_what_was_compared()
    {
        var report = MarkdownReport.Render(FilteredRun());

        Assert.StartsWith("## ✅ MemoryBench: No memory regression in 1 benchmark\n", report);
        Assert.Contains("A partial run (selection --filter &#42;A&#42;): 2 benchmarks of the baseline not run, not counted.", report);
    }

    [TestMethod]
    public void Benchmarks_not_run_are_folded_and_listed_nowhere_else()
    {
        var report = MarkdownReport.Render(FilteredRun());

        Assert.Contains("<details><summary>2 not run (outside this partial run)</summary>", report);
        Assert.DoesNotContain("removed", report);
    }

    [TestMethod]
    public void The_console_says_how_many_were_not_run_and_why()
    {
        var text = ConsoleSummary.Render(FilteredRun());

        Assert.StartsWith("MemoryBench PASS: No memory regression in 1 benchmark\n", text);
        Assert.Contains("2 of the baseline not run (a partial run: selection --filter *A*); not compared.", text);
    }
}
