using MemoryBench.Comparison;
using MemoryBench.Report;
using static MemoryBench.Tests.Comparison.ResultBuilder;

namespace MemoryBench.Tests.Comparison;

[TestClass]
public sealed class GcCountRuleTests
{
    private static readonly Thresholds NoRelativeTolerance = Thresholds.Default with { GcRateRelativeTolerance = 0 };

    private static Finding? JudgeGen0(long baselineCount, long currentCount, Thresholds thresholds, long baselineOperations = 1_000, long currentOperations = 1_000) =>
        GcCountRule.Judge(
            Metric.Gen0Collections,
            Memory(gen0: baselineCount, operations: baselineOperations),
            Memory(gen0: currentCount, operations: currentOperations),
            thresholds);

    [TestMethod]
    public void Counting_noise_is_the_square_root_of_the_count_plus_one_per_thousand_operations()
    {
        Assert.AreEqual(4d, new CollectionRate(9, 1_000).NoisePerThousandOperations);
        Assert.AreEqual(0.4, new CollectionRate(9, 10_000).NoisePerThousandOperations, 1e-12);
        Assert.AreEqual(1d, new CollectionRate(0, 1_000).NoisePerThousandOperations);
    }

    [TestMethod]
    public void Growth_exactly_at_the_counting_noise_is_unchanged()
    {
        // 0 → 4 collections: noise (√0 + 1) + (√4 + 1) = 4.
        Assert.IsNull(JudgeGen0(0, 4, NoRelativeTolerance));
    }

    [TestMethod]
    public void Growth_just_beyond_the_counting_noise_is_a_regression()
    {
        // 0 → 5 collections: noise 1 + (√5 + 1) ≈ 4.24 < 5.
        var finding = JudgeGen0(0, 5, NoRelativeTolerance);

        Assert.AreEqual(FindingKind.Regression, finding?.Kind);
        Assert.AreEqual(Metric.Gen0Collections, finding?.Metric);
        Assert.AreEqual(0d, finding?.Baseline);
        Assert.AreEqual(5d, finding?.Current);
    }

    [TestMethod]
    public void Relative_tolerance_widens_the_allowance_by_a_fraction_of_the_baseline_rate()
    {
        // 4 → 9: noise (2 + 1) + (3 + 1) = 7, plus 50% of the baseline rate 4 = 2.
        var half = Thresholds.Default with { GcRateRelativeTolerance = 0.5 };
        Assert.AreEqual(9d, GcCountRule.AllowancePerThousandOperations(Metric.Gen0Collections, new(4, 1_000), new(9, 1_000), half));

        // 16 → 36: noise (4 + 1) + (6 + 1) = 12, plus 50% of 16 = 8: 20 allowed, 20 moved.
        Assert.IsNull(JudgeGen0(16, 36, half));
        Assert.AreEqual(FindingKind.Regression, JudgeGen0(16, 37, half)?.Kind);
        Assert.AreEqual(FindingKind.Regression, JudgeGen0(16, 36, NoRelativeTolerance)?.Kind);
    }

    [TestMethod]
    public void Gen1_rate_that_doubles_as_the_GC_retunes_its_budget_is_unchanged_where_a_Gen0_rate_would_regress()
    {
        // Measured: Boxing, unchanged, 21 Gen1 (and 372 Gen0) in 96,960 operations in one run, 54 (495) in 129,056 in another.
        var oneRun = Memory(gen0: 372, gen1: 21, operations: 96_960);
        var another = Memory(gen0: 495, gen1: 54, operations: 129_056);

        Assert.IsNull(GcCountRule.Judge(Metric.Gen1Collections, oneRun, another, Thresholds.Default));
        Assert.IsNull(GcCountRule.Judge(Metric.Gen1Collections, another, oneRun, Thresholds.Default));
        Assert.AreEqual(
            FindingKind.Regression,
            GcCountRule.Judge(Metric.Gen0Collections, Memory(gen0: 21, operations: 96_960), Memory(gen0: 54, operations: 129_056), Thresholds.Default)?.Kind);
    }

    [TestMethod]
    public void Gen1_rate_that_grows_beyond_the_GC_budget_factor_is_a_regression()
    {
        // The survival injection: Builder(Parts=1024), 22 Gen1 in 94,176 operations in the baseline, 29 in 10,800 with it.
        var finding = GcCountRule.Judge(
            Metric.Gen1Collections, Memory(gen1: 22, operations: 94_176), Memory(gen1: 29, operations: 10_800), Thresholds.Default);

        Assert.AreEqual(FindingKind.Regression, finding?.Kind);
    }

    [TestMethod]
    public void Rates_make_runs_of_different_lengths_comparable()
    {
        // The same 10 collections per 1,000 operations over twice the operations.
        Assert.IsNull(JudgeGen0(10, 20, Thresholds.Default, baselineOperations: 1_000, currentOperations: 2_000));
    }

    [TestMethod]
    public void Doubled_rate_over_the_same_operations_is_a_regression()
    {
        var finding = JudgeGen0(100, 200, Thresholds.Default);

        Assert.AreEqual(FindingKind.Regression, finding?.Kind);
    }

    [TestMethod]
    public void Fall_beyond_the_allowance_is_an_improvement()
    {
        Assert.AreEqual(FindingKind.Improvement, JudgeGen0(200, 100, Thresholds.Default)?.Kind);
        Assert.IsNull(JudgeGen0(5, 1, NoRelativeTolerance));
    }

    [TestMethod]
    public void Counts_over_no_operations_are_not_comparable()
    {
        var finding = JudgeGen0(3, 3, Thresholds.Default, currentOperations: 0);

        Assert.AreEqual(FindingKind.NotComparable, finding?.Kind);
    }

    [TestMethod]
    public void Reason_gives_both_rates_the_counts_the_delta_and_the_allowance()
    {
        var finding = JudgeGen0(100, 200, Thresholds.Default);

        var cause = (RateChange)finding!.Cause;
        Assert.AreEqual(new CollectionRate(100, 1_000), cause.Baseline);
        Assert.AreEqual(new CollectionRate(200, 1_000), cause.Current);
        Assert.AreEqual(36.14, cause.Allowance, 0.01);
        Assert.AreEqual("Gen0 100\u00a0\u2192 200 per 1k ops (+100.0%; 200 in 1,000 ops), allowed ±36.1", FindingText.Reason(finding));
    }

    [TestMethod]
    public void Gen2_appearing_where_the_baseline_had_none_is_a_regression_even_once()
    {
        var finding = Gen2AppearanceRule.Judge(Memory(gen2: 0, operations: 1_000), Memory(gen2: 1, operations: 1_000));

        Assert.AreEqual(FindingKind.Regression, finding?.Kind);
        Assert.AreEqual(Metric.Gen2Collections, finding?.Metric);
        Assert.AreEqual(new Gen2Appeared(new CollectionRate(1, 1_000), BaselineOperations: 1_000), finding?.Cause);
        Assert.AreEqual("Gen2 appeared: 1 in 1,000 ops, none in the baseline's 1,000", FindingText.Reason(finding!));
    }

    [TestMethod]
    public void A_baseline_too_short_to_have_seen_a_gen2_collection_is_not_an_appearance()
    {
        // Measured under a load average of 25: 1 MiB arrays counted over 2 operations in the baseline, 14 now.
        var baseline = Memory(bytes: 1_048_620, gen0: 0, gen1: 0, gen2: 0, operations: 2);
        var current = Memory(bytes: 1_048_620, gen0: 2, gen1: 2, gen2: 2, operations: 14);

        Assert.IsNull(Gen2AppearanceRule.Judge(baseline, current));
        Assert.IsNull(GcCountRule.Judge(Metric.Gen2Collections, baseline, current, Thresholds.Default));
    }

    [TestMethod]
    public void Gen2_appearing_in_a_shorter_run_than_the_baseline_is_a_regression()
    {
        // The survival injection under load: none over 4,909 operations in the baseline, 2 over 1,264 now.
        var finding = Gen2AppearanceRule.Judge(Memory(gen2: 0, operations: 4_909), Memory(gen2: 2, operations: 1_264));

        Assert.AreEqual(FindingKind.Regression, finding?.Kind);
    }

    [TestMethod]
    public void Gen2_appearance_rule_is_silent_when_the_baseline_had_gen2_or_none_appear()
    {
        Assert.IsNull(Gen2AppearanceRule.Judge(Memory(gen2: 1), Memory(gen2: 2)));
        Assert.IsNull(Gen2AppearanceRule.Judge(Memory(gen2: 0), Memory(gen2: 0)));
    }

    [TestMethod]
    public void Rates_of_benchmarks_whose_every_collection_is_a_full_one_are_not_compared()
    {
        // Measured on the suite: 1 MiB arrays, the same code, 3 full collections over 57 operations in one run, 19 over 80 in another.
        var baseline = Memory(gen0: 3, gen1: 3, gen2: 3, operations: 57);
        var current = Memory(gen0: 19, gen1: 19, gen2: 19, operations: 80);

        foreach (var generation in new[] { Metric.Gen0Collections, Metric.Gen1Collections, Metric.Gen2Collections })
        {
            var finding = GcCountRule.Judge(generation, baseline, current, Thresholds.Default);

            Assert.AreEqual(FindingKind.NotComparable, finding?.Kind);
            Assert.Contains("large object heap", FindingText.Reason(finding!));
        }
    }

    [TestMethod]
    public void Rates_are_compared_when_only_one_run_had_nothing_but_full_collections()
    {
        var baseline = Memory(gen0: 3, gen1: 3, gen2: 3, operations: 1_000);
        var current = Memory(gen0: 40, gen1: 3, gen2: 3, operations: 1_000);

        Assert.AreEqual(FindingKind.Regression, GcCountRule.Judge(Metric.Gen0Collections, baseline, current, Thresholds.Default)?.Kind);
    }
}
