using MemoryBench.Comparison;
using MemoryBench.Model;
using static MemoryBench.Tests.Comparison.ResultBuilder;

namespace MemoryBench.Tests.Comparison;

[TestClass]
public sealed class Gen0BudgetTests
{
    private const long Mebibyte = 1024 * 1024;

    private static readonly Gen0Budget PinnedEight = new(8 * Mebibyte, Gen0BudgetSource.Pinned);

    // A benchmark that allocated <paramref name="mebibytesPerCollection"/> MiB between its gen0 collections.
    private static MemoryMetrics Allocating(double mebibytesPerCollection, long gen0 = 20, long gen2 = 0) =>
        Memory(bytes: 4_000, gen0: gen0, gen1: 0, gen2: gen2, operations: (long)(mebibytesPerCollection * Mebibyte * gen0 / 4_000));

    [TestMethod]
    public void The_budget_is_inferred_as_bytes_allocated_per_gen0_collection()
    {
        var budget = Gen0BudgetInference.Of([Allocating(4), Allocating(4.1), Allocating(3.9)]);

        Assert.AreEqual(Gen0BudgetSource.Inferred, budget!.Source);
        Assert.AreEqual(4 * Mebibyte, budget.Bytes, 0.01 * Mebibyte);
    }

    [TestMethod]
    public void Benchmarks_with_few_collections_or_gen2_collections_do_not_count()
    {
        var budget = Gen0BudgetInference.Of([Allocating(18, gen0: 9), Allocating(30, gen2: 3), Allocating(2)]);

        Assert.AreEqual(2 * Mebibyte, budget!.Bytes, 0.01 * Mebibyte);
    }

    [TestMethod]
    public void A_run_without_enough_collections_has_no_inferred_budget()
    {
        Assert.IsNull(Gen0BudgetInference.Of([Allocating(8, gen0: 3), Memory(bytes: 0, gen0: 0)]));
    }

    [TestMethod]
    public void A_pinned_budget_is_kept_when_the_figures_agree_with_it()
    {
        Assert.AreEqual(PinnedEight, Gen0BudgetInference.Effective(8 * Mebibyte, [Allocating(8.05)]));
        Assert.AreEqual(PinnedEight, Gen0BudgetInference.Effective(8 * Mebibyte, [Allocating(8, gen0: 2)]));
    }

    [TestMethod]
    public void The_figures_win_over_a_pinned_budget_the_runtime_did_not_use()
    {
        var budget = Gen0BudgetInference.Effective(8 * Mebibyte, [Allocating(2), Allocating(2.05), Allocating(1.95)]);

        Assert.AreEqual(Gen0BudgetSource.Inferred, budget!.Source);
        Assert.AreEqual(2 * Mebibyte, budget.Bytes, 0.01 * Mebibyte);
    }

    [TestMethod]
    public void One_benchmark_alone_does_not_overrule_a_pinned_budget()
    {
        // A periodic probe's figures under a pinned 8 MiB: 16 gen0 collections over 165 MB, 9.6 MiB apart.
        var budget = Gen0BudgetInference.Effective(8 * Mebibyte, [Allocating(9.63, gen0: 16), Allocating(10.7, gen0: 27, gen2: 27)]);

        Assert.AreEqual(PinnedEight, budget);
    }

    [TestMethod]
    public void Pinned_budgets_agree_only_when_equal_and_inferred_ones_within_the_tolerance()
    {
        Assert.IsTrue(Gen0BudgetComparison.Agree(PinnedEight, PinnedEight with { }));
        Assert.IsFalse(Gen0BudgetComparison.Agree(PinnedEight, PinnedEight with { Bytes = (8 * Mebibyte) + 1 }));
        Assert.IsTrue(Gen0BudgetComparison.Agree(PinnedEight, new Gen0Budget(9 * Mebibyte, Gen0BudgetSource.Inferred)));
        Assert.IsFalse(Gen0BudgetComparison.Agree(PinnedEight, new Gen0Budget(10 * Mebibyte, Gen0BudgetSource.Inferred)));
    }

    [TestMethod]
    public void Different_budgets_make_gc_counts_not_comparable_with_both_budgets_named()
    {
        var baseline = Machine with { Gen0Budget = new Gen0Budget(18 * Mebibyte, Gen0BudgetSource.Inferred) };
        var current = Machine with { Gen0Budget = new Gen0Budget(4 * Mebibyte, Gen0BudgetSource.Inferred) };

        var comparison = EnvironmentComparison.Of(baseline, current);

        Assert.IsFalse(comparison.Comparable);
        Assert.AreEqual("gen0 budget about 18 MiB (inferred) in the baseline, about 4 MiB (inferred) now", comparison.Reason);
    }

    [TestMethod]
    public void An_unknown_budget_makes_gc_counts_not_comparable()
    {
        var comparison = EnvironmentComparison.Of(Machine with { Gen0Budget = PinnedEight }, Machine with { Gen0Budget = null });

        Assert.IsFalse(comparison.Comparable);
        StringAssert.StartsWith(comparison.Reason, "gen0 budget 8 MiB (pinned) in the baseline, unknown now");
    }

    [TestMethod]
    public void Equal_budgets_keep_gc_counts_comparable()
    {
        var comparison = EnvironmentComparison.Of(
            Machine with { Gen0Budget = PinnedEight },
            Machine with { Gen0Budget = new Gen0Budget(8_300_000, Gen0BudgetSource.Inferred) });

        Assert.IsTrue(comparison.Comparable, comparison.Reason);
    }

    [TestMethod]
    [DataRow(4, 16)]
    [DataRow(16, 64)]
    [DataRow(64, 4)]
    [DataRow(18, 8)]
    public void Gc_counts_that_differ_only_by_the_budget_give_no_regression(int baselineMebibytes, int currentMebibytes)
    {
        // The same benchmark, 40 MiB allocated per 1,000 operations, under two budgets: the Gen0 rate follows the budget.
        static BenchmarkResult Under(int mebibytes) => Benchmark() with
        {
            Memory = Memory(bytes: 40 * 1024 * 1024 / 1_000, gen0: 40 * 20 / mebibytes, gen1: 0, gen2: 0, operations: 20_000),
        };
        var baseline = RunOn(Machine with { Gen0Budget = new Gen0Budget(baselineMebibytes * Mebibyte, Gen0BudgetSource.Inferred) }, Under(baselineMebibytes));
        var current = RunOn(Machine with { Gen0Budget = new Gen0Budget(currentMebibytes * Mebibyte, Gen0BudgetSource.Pinned) }, Under(currentMebibytes));

        var result = Comparer.Compare(baseline, current, MemoryBench.Budgets.BudgetSet.Empty, Thresholds.Default);

        Assert.AreEqual(Verdict.Unchanged, result.Benchmarks.Single().Verdict);
        Assert.IsFalse(result.GcCountsComparable);
        StringAssert.Contains(result.NotComparableReason, "gen0 budget");
    }
}
