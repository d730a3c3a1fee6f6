using MemoryBench.Budgets;
using MemoryBench.Comparison;
using MemoryBench.Report;
using MemoryBench.Model;
using static MemoryBench.Tests.Comparison.ResultBuilder;

namespace MemoryBench.Tests.Comparison;

[TestClass]
public sealed class ComparerTests
{
    private static ComparisonResult Compare(RunResults baseline, RunResults current, BudgetSet? budgets = null, Thresholds? thresholds = null) =>
        Comparer.Compare(baseline, current, budgets ?? BudgetSet.Empty, thresholds ?? Thresholds.Default);

    private static BenchmarkComparison Single(ComparisonResult result) => result.Benchmarks.Single();

    [TestMethod]
    public void Unchanged_run_passes_with_every_benchmark_unchanged()
    {
        var run = Run(Benchmark("A"), Benchmark("B"));

        var result = Compare(run, run);

        Assert.IsTrue(result.Passed);
        Assert.IsTrue(result.Benchmarks.All(b => b.Verdict == Verdict.Unchanged && b.Findings.IsEmpty));
        Assert.IsTrue(result.GcCountsComparable);
        Assert.IsNull(result.NotComparableReason);
    }

    [TestMethod]
    public void One_extra_object_per_operation_fails_and_names_the_benchmark()
    {
        var result = Compare(Run(Benchmark("A", 400), Benchmark("B", 400)), Run(Benchmark("A", 400), Benchmark("B", 424)));

        Assert.IsFalse(result.Passed);
        var regressed = result.Benchmarks.Single(b => b.Verdict == Verdict.Regressed);
        Assert.AreEqual("Suite.Scenario.B", regressed.Id.Value);
        Assert.AreEqual("Allocated +24 B (+6.0%), allowed ±12.1 B", FindingText.Reason(regressed.Findings.Single()));
    }

    [TestMethod]
    public void Every_benchmark_of_either_run_gets_one_verdict_sorted_by_id()
    {
        var result = Compare(Run(Benchmark("C"), Benchmark("A")), Run(Benchmark("B"), Benchmark("A")));

        Assert.AreEqual(
            "Suite.Scenario.A: Unchanged, Suite.Scenario.B: New, Suite.Scenario.C: Removed",
            string.Join(", ", result.Benchmarks.Select(b => $"{b.Id}: {b.Verdict}")));
    }

    [TestMethod]
    public void New_benchmarks_do_not_fail_the_gate()
    {
        Assert.IsTrue(Compare(Run(Benchmark("A")), Run(Benchmark("A"), Benchmark("Added"))).Passed);
    }

    [TestMethod]
    public void A_benchmark_missing_from_a_run_of_every_benchmark_is_removed_and_fails_the_gate()
    {
        var result = Compare(Run(Benchmark("A"), Benchmark("Gone")), Run(Benchmark("A")));

        Assert.IsFalse(result.Passed);
        var removed = result.Benchmarks.Single(b => b.Verdict == Verdict.Removed);
        Assert.AreEqual(FindingKind.Failure, removed.Findings.Single().Kind);
        Assert.Contains("update the baseline in the same change if this was intended", FindingText.Reason(removed.Findings.Single()));
    }

    [TestMethod]
    public void A_benchmark_outside_a_partial_runs_selection_is_not_run_and_passes()
    {
        var partial = Run(Benchmark("A")) with { Coverage = new RunCoverage(true, "selection --filter *A*") };

        var result = Compare(Run(Benchmark("A"), Benchmark("Other")), partial);

        Assert.IsTrue(result.Passed);
        Assert.AreEqual(Verdict.NotRun, result.Benchmarks.Single(b => b.Id.Value == "Suite.Scenario.Other").Verdict);
        Assert.AreEqual("selection --filter *A*", result.Coverage.Description);
    }

    [TestMethod]
    public void Removed_benchmark_keeps_its_baseline_figures()
    {
        var gone = Benchmark("Gone");

        var removed = Single(Compare(Run(gone), Run()));

        Assert.AreEqual(Verdict.Removed, removed.Verdict);
        Assert.AreEqual(gone, removed.Baseline);
        Assert.IsNull(removed.Current);
    }

    [TestMethod]
    public void Failed_benchmark_fails_whatever_else_it_shows()
    {
        var failed = Benchmark("A").AsFailed().WithBudget(maxBytes: 0);

        var comparison = Single(Compare(Run(Benchmark("A")), Run(failed)));

        Assert.AreEqual(Verdict.Failed, comparison.Verdict);
        Assert.AreEqual(FindingKind.Failure, comparison.Findings.Single().Kind);
    }

    [TestMethod]
    public void New_benchmark_that_failed_is_failed()
    {
        Assert.AreEqual(Verdict.Failed, Single(Compare(Run(), Run(Benchmark("A").AsFailed()))).Verdict);
    }

    [TestMethod]
    public void Empty_current_run_never_passes()
    {
        var result = Compare(Run(Benchmark("A")), Run());

        Assert.IsFalse(result.Passed);
        Assert.IsFalse(Compare(Run(), Run()).Passed);
    }

    [TestMethod]
    public void Run_where_everything_failed_never_passes()
    {
        Assert.IsFalse(Compare(Run(Benchmark("A")), Run(Benchmark("A").AsFailed())).Passed);
    }

    [TestMethod]
    public void Budget_breach_fails_even_when_the_baseline_has_the_same_figure()
    {
        var overBudget = Benchmark("A", 100).WithBudget(maxBytes: 64);

        var comparison = Single(Compare(Run(Benchmark("A", 100)), Run(overBudget)));

        Assert.AreEqual(Verdict.OverBudget, comparison.Verdict);
        Assert.AreEqual("[MemoryBudget] attribute", ((OverBudget)comparison.Findings.Single().Cause).Source);
    }

    [TestMethod]
    public void Budget_breach_outranks_a_regression()
    {
        var comparison = Single(Compare(Run(Benchmark("A", 100)), Run(Benchmark("A", 200).WithBudget(maxBytes: 64))));

        Assert.AreEqual(Verdict.OverBudget, comparison.Verdict);
        Assert.AreEqual("BudgetBreach, Regression", string.Join(", ", comparison.Findings.Select(f => f.Kind)));
    }

    [TestMethod]
    public void New_benchmark_is_still_subject_to_budgets()
    {
        var budgets = new BudgetSet([new BudgetRule(new BenchmarkPattern("*.Added"), new Budget(64, false, false, "budgets.json budgets[0]"))]);

        var comparison = Single(Compare(Run(), Run(Benchmark("Added", 100)), budgets));

        Assert.AreEqual(Verdict.OverBudget, comparison.Verdict);
    }

    [TestMethod]
    public void New_benchmark_within_budget_is_new()
    {
        Assert.AreEqual(Verdict.New, Single(Compare(Run(), Run(Benchmark("Added", 10).WithBudget(maxBytes: 64)))).Verdict);
    }

    [TestMethod]
    public void Regression_outranks_an_improvement()
    {
        var baseline = Benchmark("A", 1_000).WithRetained(24, 1);
        var current = Benchmark("A", 2_000).WithRetained(0, 1);

        var comparison = Single(Compare(Run(baseline), Run(current)));

        Assert.AreEqual(Verdict.Regressed, comparison.Verdict);
    }

    [TestMethod]
    public void Improvement_alone_is_improved_and_passes()
    {
        var result = Compare(Run(Benchmark("A", 2_000)), Run(Benchmark("A", 1_000)));

        Assert.AreEqual(Verdict.Improved, Single(result).Verdict);
        Assert.IsTrue(result.Passed);
    }

    [TestMethod]
    public void Memory_not_measured_on_either_side_gives_no_memory_verdict()
    {
        var run = Run(Benchmark("A").WithMemory(null), Benchmark("B"));

        var comparison = Compare(run, run).Benchmarks[0];

        Assert.AreEqual(Verdict.Unchanged, comparison.Verdict);
        var finding = comparison.Findings.Single();
        Assert.AreEqual(FindingKind.NotComparable, finding.Kind);
        Assert.Contains("memory not measured in either run", FindingText.Reason(finding));
    }

    [TestMethod]
    public void A_baseline_entry_without_memory_figures_fails_a_hundredfold_allocation_instead_of_passing_it()
    {
        var result = Compare(Run(Benchmark("A").WithMemory(null), Benchmark("B")), Run(Benchmark("A", 100_000), Benchmark("B")));

        Assert.IsFalse(result.Passed);
        var comparison = result.Benchmarks[0];
        Assert.AreEqual(Verdict.Failed, comparison.Verdict);
        Assert.Contains("The baseline has no memory figures for this benchmark", FindingText.Reason(comparison.Findings.Single()));
        Assert.Contains("update the baseline from a run that measures memory", FindingText.Reason(comparison.Findings.Single()));
    }

    [TestMethod]
    public void A_benchmark_that_lost_its_memory_figures_fails_and_says_how_to_measure_them()
    {
        var result = Compare(Run(Benchmark("A"), Benchmark("B")), Run(Benchmark("A").WithMemory(null), Benchmark("B")));

        Assert.IsFalse(result.Passed);
        var comparison = result.Benchmarks[0];
        Assert.AreEqual(Verdict.Failed, comparison.Verdict);
        Assert.Contains("Memory was not measured in this run (this benchmark has memory figures in the baseline)", FindingText.Reason(comparison.Findings.Single()));
        Assert.Contains("[MemoryDiagnoser]", FindingText.Reason(comparison.Findings.Single()));
    }

    [TestMethod]
    public void A_budget_whose_figure_was_not_measured_is_not_checked_and_fails_the_gate()
    {
        var result = Compare(Run(Benchmark("A")), Run(Benchmark("A").WithBudget(retainsNothing: true)));

        Assert.IsFalse(result.Passed);
        var finding = Single(result).Findings.Single(f => f.Metric == Metric.RetainedBytesPerOperation);
        Assert.AreEqual(FindingKind.BudgetNotChecked, finding.Kind);
        Assert.Contains("not checked: retained memory was not measured", FindingText.Reason(finding));
    }

    [TestMethod]
    public void A_run_without_any_memory_figures_fails_even_for_new_benchmarks()
    {
        var result = Compare(Run(Benchmark("A")), Run(Benchmark("A").WithMemory(null), Benchmark("Added").WithMemory(null)));

        Assert.IsFalse(result.Passed);
        Assert.IsTrue(result.Benchmarks.All(b => b.Verdict == Verdict.Failed));
        Assert.Contains("no benchmark of this run has memory figures", FindingText.Reason(result.Benchmarks[1].Findings.Single()));
    }

    [TestMethod]
    public void Different_environments_leave_gc_counts_unjudged_with_the_reason()
    {
        var baseline = RunOn(Machine, Benchmark("A").WithGen2(0));
        var current = RunOn(Machine with { ProcessorCount = 4 }, Benchmark("A").WithGen2(50));

        var result = Compare(baseline, current);

        Assert.IsFalse(result.GcCountsComparable);
        Assert.AreEqual("processor count 2 vs 4", result.NotComparableReason);
        Assert.AreEqual(Verdict.Unchanged, Single(result).Verdict);
        Assert.IsTrue(Single(result).Findings.All(f => f.Kind == FindingKind.NotComparable));
        Assert.AreEqual(
            "Gen2 not compared: the environments differ (processor count 2 vs 4)",
            FindingText.Reason(Single(result).Findings.Single(f => f.Metric == Metric.Gen2Collections)));
        Assert.IsTrue(result.Passed);
    }

    [TestMethod]
    public void Different_environments_still_judge_allocated_bytes()
    {
        var result = Compare(RunOn(Machine, Benchmark("A", 100)), RunOn(Machine with { GcMode = "Server" }, Benchmark("A", 124)));

        Assert.AreEqual(Verdict.Regressed, Single(result).Verdict);
    }

    [TestMethod]
    public void Gen2_appearing_in_a_comparable_environment_is_a_regression()
    {
        var comparison = Single(Compare(Run(Benchmark("A").WithGen2(0)), Run(Benchmark("A").WithGen2(1))));

        Assert.AreEqual(Verdict.Regressed, comparison.Verdict);
        Assert.AreEqual(Metric.Gen2Collections, comparison.Findings.Single().Metric);
    }

    [TestMethod]
    public void Leak_introduced_is_a_regression()
    {
        var comparison = Single(Compare(Run(Benchmark("A").WithRetained(0.1, 0.5)), Run(Benchmark("A").WithRetained(24, 1))));

        Assert.AreEqual(Verdict.Regressed, comparison.Verdict);
        Assert.StartsWith("Leak introduced: retains 24 B ± 1 B per op", FindingText.Reason(comparison.Findings.Single()));
    }

    [TestMethod]
    public void Time_is_not_judged_unless_a_threshold_is_given()
    {
        var baseline = Run(Benchmark("A").WithTimes(Around(100)));
        var current = Run(Benchmark("A").WithTimes(Around(300)));

        Assert.AreEqual(Verdict.Unchanged, Single(Compare(baseline, current)).Verdict);
        Assert.AreEqual(Verdict.Regressed, Single(Compare(baseline, current, thresholds: Thresholds.Create(timeRelativeThreshold: 0.05))).Verdict);
    }

    [TestMethod]
    public void Failed_baseline_entry_is_not_compared()
    {
        var comparison = Single(Compare(Run(Benchmark("A").AsFailed()), Run(Benchmark("A"))));

        Assert.AreEqual(Verdict.Unchanged, comparison.Verdict);
        Assert.AreEqual(FindingKind.NotComparable, comparison.Findings.Single().Kind);
    }

    [TestMethod]
    public void Result_carries_both_environments_and_the_thresholds()
    {
        var thresholds = Thresholds.Create(allocatedBytesTolerance: 100);

        var result = Compare(RunOn(null, Benchmark("A")), Run(Benchmark("A")), thresholds: thresholds);

        Assert.IsNull(result.BaselineEnvironment);
        Assert.AreEqual(Machine, result.CurrentEnvironment);
        Assert.AreEqual(thresholds, result.Thresholds);
        Assert.AreEqual("the baseline does not record its environment", result.NotComparableReason);
    }

    [TestMethod]
    public void Duplicate_id_in_a_run_is_refused()
    {
        var twice = new RunResults(Machine, [Benchmark("A"), Benchmark("A")], []);

        Assert.ThrowsExactly<ArgumentException>(() => Compare(Run(Benchmark("A")), twice));
    }
}
