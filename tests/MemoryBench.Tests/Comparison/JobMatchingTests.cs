using MemoryBench.Budgets;
using MemoryBench.Comparison;
using MemoryBench.Report;
using MemoryBench.Model;
using static MemoryBench.Tests.Comparison.ResultBuilder;

namespace MemoryBench.Tests.Comparison;

/// <summary>Benchmarks whose ids differ only by the job are still judged against the baseline (issue 9: a second job hid a regression).</summary>
[TestClass]
public sealed class JobMatchingTests
{
    private static ComparisonResult Compare(RunResults baseline, RunResults current) =>
        Comparer.Compare(baseline, current, BudgetSet.Empty, Thresholds.Default);

    /// <summary><c>Suite.Scenario.Work</c> under <paramref name="job"/>, its id carrying the job when <paramref name="jobInId"/>.</summary>
    private static BenchmarkResult Under(string job, bool jobInId, long bytes = 24)
    {
        var name = new BenchmarkName("Suite", "Scenario", "Work", "", job);
        return Benchmark("Work", bytes) with { Id = BenchmarkIdentity.Of(name, jobInId), Name = name };
    }

    private static string Verdicts(ComparisonResult result) =>
        string.Join(", ", result.Benchmarks.Select(b => $"{b.Id}: {b.Verdict}"));

    [TestMethod]
    public void A_regression_under_an_added_job_is_judged_against_the_baseline_and_fails()
    {
        var baseline = Run(Under("FastMemory", jobInId: false));
        var current = Run(Under("FastMemory", jobInId: true), Under("Default", jobInId: true, bytes: 97 * 1024));

        var result = Compare(baseline, current);

        Assert.IsFalse(result.Passed);
        Assert.AreEqual(
            "Suite.Scenario.Work [Default]: Regressed, Suite.Scenario.Work [FastMemory]: Unchanged",
            Verdicts(result));
        Assert.AreEqual("Suite.Scenario.Work", result.Benchmarks[0].Baseline!.Id.Value);
    }

    [TestMethod]
    public void A_renamed_second_job_is_matched_to_the_baseline_entry_left_over()
    {
        var baseline = Run(Under("A", jobInId: true), Under("B", jobInId: true));
        var current = Run(Under("A", jobInId: true), Under("C", jobInId: true, bytes: 1_024));

        var result = Compare(baseline, current);

        Assert.AreEqual("Suite.Scenario.Work [A]: Unchanged, Suite.Scenario.Work [C]: Regressed", Verdicts(result));
        Assert.AreEqual("B", result.Benchmarks[1].Baseline!.Name.Job);
    }

    [TestMethod]
    public void A_run_of_one_of_the_baseline_jobs_is_judged_against_that_jobs_entry()
    {
        var baseline = Run(Under("A", jobInId: true, bytes: 24), Under("B", jobInId: true, bytes: 4_096));

        var result = Compare(baseline, Run(Under("B", jobInId: false, bytes: 4_096)));

        var judged = result.Benchmarks.Single(b => b.Current is not null);
        Assert.AreEqual(Verdict.Unchanged, judged.Verdict);
        Assert.AreEqual("B", judged.Baseline!.Name.Job);
    }

    [TestMethod]
    public void A_job_matching_none_of_several_baseline_jobs_fails_and_says_why()
    {
        var baseline = Run(Under("A", jobInId: true), Under("B", jobInId: true));

        var result = Compare(baseline, Run(Under("C", jobInId: false)));

        Assert.IsFalse(result.Passed);
        var ambiguous = result.Benchmarks.Single(b => b.Current is not null);
        Assert.AreEqual(Verdict.Failed, ambiguous.Verdict);
        Assert.Contains("the baseline has this benchmark under 2 jobs (A, B) and this run measured it under job C", FindingText.Reason(ambiguous.Findings.Single()));
    }

    [TestMethod]
    public void Benchmarks_that_differ_by_more_than_the_job_are_not_matched()
    {
        var result = Compare(Run(Benchmark("Old")), Run(Benchmark("Renamed")));

        Assert.AreEqual("Suite.Scenario.Old: Removed, Suite.Scenario.Renamed: New", Verdicts(result));
    }
}
