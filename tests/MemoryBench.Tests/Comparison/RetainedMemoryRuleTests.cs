using MemoryBench.Comparison;
using MemoryBench.Report;
using MemoryBench.Model;

namespace MemoryBench.Tests.Comparison;

[TestClass]
public sealed class RetainedMemoryRuleTests
{
    private static readonly Thresholds EightBytes = Thresholds.Default with { RetainedBytesTolerance = 8 };
    private static readonly RetainedMemory Nothing = new(0, 0.5);

    [TestMethod]
    public void Leak_of_one_24_byte_object_per_operation_is_introduced()
    {
        var finding = RetainedMemoryRule.Judge(Nothing, new RetainedMemory(24, 1.5), Thresholds.Default);

        Assert.AreEqual(FindingKind.Regression, finding?.Kind);
        Assert.AreEqual(Metric.RetainedBytesPerOperation, finding?.Metric);
        var cause = (LeakChange)finding!.Cause;
        Assert.AreEqual(LeakChangeKind.Introduced, cause.Change);
        Assert.AreEqual(3 * Math.Sqrt((1.5 * 1.5) + (0.5 * 0.5)), cause.Allowance, 1e-9);
        Assert.IsNull(cause.LumpFactor);
        Assert.AreEqual("Leak introduced: retains 24 B ± 1.5 B per op, baseline 0 B ± 0.5 B per op; allowed ±4.74 B", FindingText.Reason(finding));
    }

    [TestMethod]
    public void Retaining_exactly_the_tolerance_is_no_leak()
    {
        Assert.IsNull(RetainedMemoryRule.Judge(new(0, 0), new(8, 0), EightBytes));
    }

    [TestMethod]
    public void Retaining_just_over_the_tolerance_is_a_leak()
    {
        Assert.AreEqual(FindingKind.Regression, RetainedMemoryRule.Judge(new(0, 0), new(8.5, 0), EightBytes)?.Kind);
    }

    [TestMethod]
    public void Retaining_exactly_three_standard_errors_is_no_leak()
    {
        Assert.IsNull(RetainedMemoryRule.Judge(new(0, 0), new(30, 10), EightBytes));
        Assert.AreEqual(FindingKind.Regression, RetainedMemoryRule.Judge(new(0, 0), new(30.5, 10), EightBytes)?.Kind);
    }

    [TestMethod]
    public void Allocation_heavy_benchmark_that_retains_nothing_has_no_finding()
    {
        Assert.IsNull(RetainedMemoryRule.Judge(Nothing, new(1.2, 2), Thresholds.Default));
    }

    [TestMethod]
    public void Same_leak_as_the_baseline_is_no_regression()
    {
        Assert.IsNull(RetainedMemoryRule.Judge(new(24, 1), new(25, 1), Thresholds.Default));
    }

    [TestMethod]
    public void Leak_growing_beyond_tolerance_and_uncertainty_is_a_regression()
    {
        var finding = RetainedMemoryRule.Judge(new(24, 1), new(96, 2), Thresholds.Default);

        Assert.AreEqual(FindingKind.Regression, finding?.Kind);
        var cause = (LeakChange)finding!.Cause;
        Assert.AreEqual(LeakChangeKind.Grew, cause.Change);
        Assert.AreEqual(RetainedMemoryRule.LumpFactor, cause.LumpFactor);
        Assert.AreEqual("Leak grew: retains 96 B ± 2 B per op, baseline 24 B ± 1 B per op; allowed ±6.71 B and ×2", FindingText.Reason(finding));
    }

    [TestMethod]
    public void An_existing_leak_moving_within_a_factor_of_two_is_unchanged()
    {
        // Measured: an unbounded dictionary cache, five unchanged runs, 94.2 to 108.8 B/op, standard errors under 2 B.
        Assert.IsNull(RetainedMemoryRule.Judge(new(94.2, 1.4), new(108.8, 1.9), Thresholds.Default));
        Assert.IsNull(RetainedMemoryRule.Judge(new(108.8, 1.9), new(94.2, 1.4), Thresholds.Default));
        Assert.IsNull(RetainedMemoryRule.Judge(new(50, 1), new(100, 1), Thresholds.Default));
    }

    [TestMethod]
    public void An_existing_leak_shrinking_below_half_is_an_improvement()
    {
        var finding = RetainedMemoryRule.Judge(new(96, 2), new(24, 1), Thresholds.Default);

        Assert.AreEqual(FindingKind.Improvement, finding?.Kind);
        Assert.AreEqual(LeakChangeKind.Shrank, ((LeakChange)finding!.Cause).Change);
        Assert.StartsWith("Leak shrank: retains 24 B ± 1 B per op", FindingText.Reason(finding));
    }

    [TestMethod]
    public void Fixed_leak_is_an_improvement()
    {
        var finding = RetainedMemoryRule.Judge(new(24, 1), Nothing, Thresholds.Default);

        Assert.AreEqual(FindingKind.Improvement, finding?.Kind);
        Assert.AreEqual(LeakChangeKind.Fixed, ((LeakChange)finding!.Cause).Change);
        Assert.StartsWith("Leak fixed", FindingText.Reason(finding));
    }

    [TestMethod]
    public void Not_measured_now_gives_no_finding()
    {
        Assert.IsNull(RetainedMemoryRule.Judge(new(24, 1), null, Thresholds.Default));
    }

    [TestMethod]
    public void Leak_without_a_measured_baseline_is_reported_but_not_judged()
    {
        Assert.AreEqual(FindingKind.NotComparable, RetainedMemoryRule.Judge(null, new(24, 1), Thresholds.Default)?.Kind);
        Assert.IsNull(RetainedMemoryRule.Judge(null, Nothing, Thresholds.Default));
    }
}
