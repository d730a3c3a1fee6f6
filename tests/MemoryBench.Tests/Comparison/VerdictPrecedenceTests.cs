using MemoryBench.Comparison;

namespace MemoryBench.Tests.Comparison;

[TestClass]
public sealed class VerdictPrecedenceTests
{
    private static Finding Of(FindingKind kind) => new(Metric.AllocatedBytesPerOperation, kind, 1, 2, new Note("reason"));

    private static Verdict VerdictOf(params FindingKind[] kinds) => VerdictPrecedence.Of(kinds.Select(Of), hasBaseline: true);

    [TestMethod]
    public void Failure_comes_before_everything()
    {
        Assert.AreEqual(Verdict.Failed, VerdictOf(FindingKind.Improvement, FindingKind.Regression, FindingKind.BudgetBreach, FindingKind.Failure));
    }

    [TestMethod]
    public void Budget_breach_comes_before_regression()
    {
        Assert.AreEqual(Verdict.OverBudget, VerdictOf(FindingKind.Regression, FindingKind.BudgetBreach));
    }

    [TestMethod]
    public void Regression_comes_before_improvement()
    {
        Assert.AreEqual(Verdict.Regressed, VerdictOf(FindingKind.Improvement, FindingKind.Regression));
    }

    [TestMethod]
    public void Improvement_alone_is_improved()
    {
        Assert.AreEqual(Verdict.Improved, VerdictOf(FindingKind.Improvement, FindingKind.NotComparable));
    }

    [TestMethod]
    public void Nothing_judged_is_unchanged()
    {
        Assert.AreEqual(Verdict.Unchanged, VerdictOf());
        Assert.AreEqual(Verdict.Unchanged, VerdictOf(FindingKind.NotComparable));
    }

    [TestMethod]
    public void Without_a_baseline_only_failure_and_budget_override_new()
    {
        Assert.AreEqual(Verdict.New, VerdictPrecedence.Of([], hasBaseline: false));
        Assert.AreEqual(Verdict.OverBudget, VerdictPrecedence.Of([Of(FindingKind.BudgetBreach)], hasBaseline: false));
        Assert.AreEqual(Verdict.Failed, VerdictPrecedence.Of([Of(FindingKind.Failure)], hasBaseline: false));
    }
}
