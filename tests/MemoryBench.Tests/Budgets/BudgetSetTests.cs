using MemoryBench.Budgets;
using MemoryBench.Model;
using static MemoryBench.Tests.Comparison.ResultBuilder;

namespace MemoryBench.Tests.Budgets;

[TestClass]
public sealed class BudgetSetTests
{
    private static BudgetRule Rule(string pattern, long? maxBytes = null, bool noGen2 = false, bool retainsNothing = false, string? source = null) =>
        new(new BenchmarkPattern(pattern), new Budget(maxBytes, noGen2, retainsNothing, source ?? $"file \"{pattern}\""));

    [TestMethod]
    public void No_budget_anywhere_is_none()
    {
        Assert.AreEqual(EffectiveBudget.None, BudgetSet.Empty.For(Benchmark("A")));
    }

    [TestMethod]
    public void Declared_budget_applies_on_its_own()
    {
        var budget = BudgetSet.Empty.For(Benchmark("A").WithBudget(maxBytes: 64, noGen2: true));

        Assert.AreEqual(new BytesLimit(64, "[MemoryBudget] attribute"), budget.MaxBytesPerOperation);
        Assert.AreEqual("[MemoryBudget] attribute", budget.NoGen2Source);
        Assert.IsNull(budget.RetainsNothingSource);
    }

    [TestMethod]
    public void Only_matching_rules_apply()
    {
        var set = new BudgetSet([Rule("*.B", maxBytes: 1), Rule("*.A", maxBytes: 2)]);

        Assert.AreEqual(2, set.For(Benchmark("A")).MaxBytesPerOperation?.Bytes);
    }

    [TestMethod]
    public void Lowest_byte_limit_wins_and_names_its_source()
    {
        var set = new BudgetSet([Rule("*", maxBytes: 128, source: "loose"), Rule("*.A", maxBytes: 32, source: "strict"), Rule("Suite.*", maxBytes: 64)]);

        var budget = set.For(Benchmark("A").WithBudget(maxBytes: 100));

        Assert.AreEqual(new BytesLimit(32, "strict"), budget.MaxBytesPerOperation);
    }

    [TestMethod]
    public void Declared_budget_keeps_the_credit_on_a_tie()
    {
        var set = new BudgetSet([Rule("*", maxBytes: 64, noGen2: true, source: "file")]);

        var budget = set.For(Benchmark("A").WithBudget(maxBytes: 64, noGen2: true));

        Assert.AreEqual("[MemoryBudget] attribute", budget.MaxBytesPerOperation?.Source);
        Assert.AreEqual("[MemoryBudget] attribute", budget.NoGen2Source);
    }

    [TestMethod]
    public void Flags_from_different_sources_combine()
    {
        var set = new BudgetSet([Rule("*", noGen2: true, source: "gen2 rule"), Rule("*", retainsNothing: true, source: "leak rule")]);

        var budget = set.For(Benchmark("A").WithBudget(maxBytes: 10));

        Assert.AreEqual("gen2 rule", budget.NoGen2Source);
        Assert.AreEqual("leak rule", budget.RetainsNothingSource);
        Assert.AreEqual(10, budget.MaxBytesPerOperation?.Bytes);
    }

    [TestMethod]
    public void Negative_byte_limit_means_no_limit()
    {
        Assert.IsNull(BudgetSet.Empty.For(Benchmark("A").WithBudget(maxBytes: -1)).MaxBytesPerOperation);
    }

    [TestMethod]
    public void Zero_byte_limit_is_a_limit()
    {
        Assert.AreEqual(0, BudgetSet.Empty.For(Benchmark("A").WithBudget(maxBytes: 0)).MaxBytesPerOperation?.Bytes);
    }
}
