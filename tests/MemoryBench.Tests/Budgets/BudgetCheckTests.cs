using MemoryBench.Budgets;
using MemoryBench.Comparison;
using MemoryBench.Report;
using MemoryBench.Model;
using static MemoryBench.Tests.Comparison.ResultBuilder;

namespace MemoryBench.Tests.Budgets;

[TestClass]
public sealed class BudgetCheckTests
{
    private static readonly BytesLimit SixtyFour = new(64, "[MemoryBudget] attribute");

    [TestMethod]
    public void Bytes_exactly_at_the_limit_are_within_budget()
    {
        Assert.IsNull(BudgetCheck.MaxBytes(SixtyFour, Memory(64)));
    }

    [TestMethod]
    public void One_byte_over_the_limit_is_a_breach_naming_its_source()
    {
        var finding = BudgetCheck.MaxBytes(SixtyFour, Memory(65));

        Assert.AreEqual(FindingKind.BudgetBreach, finding?.Kind);
        Assert.AreEqual(64d, finding?.Baseline);
        Assert.AreEqual(65d, finding?.Current);
        Assert.AreEqual(new OverBudget(BudgetRequirement.MaxBytesPerOperation, "[MemoryBudget] attribute"), finding?.Cause);
        Assert.AreEqual("Over budget: 65 B/op where [MemoryBudget] attribute allows 64 B", FindingText.Reason(finding!));
    }

    [TestMethod]
    public void Zero_byte_budget_catches_any_allocation()
    {
        Assert.AreEqual(FindingKind.BudgetBreach, BudgetCheck.MaxBytes(new BytesLimit(0, "file"), Memory(24))?.Kind);
        Assert.IsNull(BudgetCheck.MaxBytes(new BytesLimit(0, "file"), Memory(0)));
    }

    [TestMethod]
    public void Any_gen2_collection_breaks_a_no_gen2_budget()
    {
        var finding = BudgetCheck.NoGen2("budgets.json budgets[0] (\"*\")", Memory(gen2: 1, operations: 500));

        Assert.AreEqual(FindingKind.BudgetBreach, finding?.Kind);
        Assert.AreEqual(Metric.Gen2Collections, finding?.Metric);
        Assert.AreEqual(new CollectionRate(1, 500), ((OverBudget)finding!.Cause).Collections);
        Assert.AreEqual("Over budget: 1 Gen2 in 500 ops where budgets.json budgets[0] (\"*\") allows none", FindingText.Reason(finding));
        Assert.IsNull(BudgetCheck.NoGen2("file", Memory(gen2: 0)));
    }

    [TestMethod]
    public void Significant_retained_memory_breaks_a_retains_nothing_budget()
    {
        var finding = BudgetCheck.RetainsNothing("file", new RetainedMemory(24, 1), Thresholds.Default);

        Assert.AreEqual(FindingKind.BudgetBreach, finding?.Kind);
        Assert.AreEqual(new RetainedMemory(24, 1), ((OverBudget)finding!.Cause).Retained);
        Assert.AreEqual("Over budget: retains 24 B ± 1 B per op where file allows none", FindingText.Reason(finding));
    }

    [TestMethod]
    public void Retained_memory_within_noise_keeps_a_retains_nothing_budget()
    {
        Assert.IsNull(BudgetCheck.RetainsNothing("file", new RetainedMemory(4, 0), Thresholds.Default));
        Assert.IsNull(BudgetCheck.RetainsNothing("file", new RetainedMemory(20, 7), Thresholds.Default));
    }

    [TestMethod]
    public void Unmeasured_figures_leave_a_budget_unchecked_and_say_so()
    {
        var budget = new EffectiveBudget(SixtyFour, "file", "file");

        var findings = BudgetCheck.Judge(budget, Benchmark("A").WithMemory(null), Thresholds.Default);

        Assert.HasCount(3, findings);
        Assert.IsTrue(findings.All(f => f.Kind == FindingKind.BudgetNotChecked));
        CollectionAssert.AreEqual(
            new[] { BudgetRequirement.MaxBytesPerOperation, BudgetRequirement.NoGen2, BudgetRequirement.RetainsNothing },
            findings.Select(f => ((BudgetUnchecked)f.Cause).Requirement).ToArray());
        Assert.StartsWith("Budget \"at most 64 B/op\" of [MemoryBudget] attribute not checked: memory was not measured (add [MemoryDiagnoser]", FindingText.Reason(findings[0]));
        Assert.AreEqual(Verdict.Failed, VerdictPrecedence.Of(findings, hasBaseline: true));
    }

    [TestMethod]
    public void Every_breached_limit_is_its_own_finding()
    {
        var budget = new EffectiveBudget(SixtyFour, "file", "file");
        var current = Benchmark("A", 100).WithGen2(2).WithRetained(50, 1);

        var findings = BudgetCheck.Judge(budget, current, Thresholds.Default);

        Assert.AreEqual(
            "AllocatedBytesPerOperation, Gen2Collections, RetainedBytesPerOperation",
            string.Join(", ", findings.Select(f => f.Metric)));
        Assert.IsTrue(findings.All(f => f.Kind == FindingKind.BudgetBreach));
    }
}
