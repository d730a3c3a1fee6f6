using MemoryBench.Comparison;
using MemoryBench.Report;
using static MemoryBench.Tests.Comparison.ResultBuilder;

namespace MemoryBench.Tests.Comparison;

[TestClass]
public sealed class AllocatedBytesRuleTests
{
    // 8 B + 25% of the baseline; a quarter is exact in binary, so the edges below are exact too. Other threads'
    // share is tested on its own below.
    private static readonly Thresholds EightBytesAndAQuarter = Thresholds.Default with
    {
        AllocatedBytesTolerance = 8,
        AllocatedRelativeTolerance = 0.25,
        OtherThreadsBytesPerMeasurement = 0,
    };

    [TestMethod]
    public void Growth_exactly_at_the_tolerance_is_unchanged()
    {
        // 8 + 0.25 × 1000 = 258 bytes allowed.
        Assert.IsNull(AllocatedBytesRule.Judge(Memory(1_000), Memory(1_258), EightBytesAndAQuarter));
    }

    [TestMethod]
    public void Growth_one_byte_over_the_tolerance_is_a_regression()
    {
        var finding = AllocatedBytesRule.Judge(Memory(1_000), Memory(1_259), EightBytesAndAQuarter);

        Assert.IsNotNull(finding);
        Assert.AreEqual(FindingKind.Regression, finding.Kind);
        Assert.AreEqual(Metric.AllocatedBytesPerOperation, finding.Metric);
        Assert.AreEqual(1_000d, finding.Baseline);
        Assert.AreEqual(1_259d, finding.Current);
    }

    [TestMethod]
    public void Shrinking_exactly_by_the_tolerance_is_unchanged()
    {
        Assert.IsNull(AllocatedBytesRule.Judge(Memory(1_000), Memory(742), EightBytesAndAQuarter));
    }

    [TestMethod]
    public void Shrinking_one_byte_beyond_the_tolerance_is_an_improvement()
    {
        var finding = AllocatedBytesRule.Judge(Memory(1_000), Memory(741), EightBytesAndAQuarter);

        Assert.AreEqual(FindingKind.Improvement, finding?.Kind);
    }

    [TestMethod]
    public void Absolute_tolerance_alone_allows_exactly_its_bytes()
    {
        var absoluteOnly = Thresholds.Default with { AllocatedBytesTolerance = 8, AllocatedRelativeTolerance = 0, OtherThreadsBytesPerMeasurement = 0 };

        Assert.IsNull(AllocatedBytesRule.Judge(Memory(0), Memory(8), absoluteOnly));
        Assert.AreEqual(FindingKind.Regression, AllocatedBytesRule.Judge(Memory(0), Memory(9), absoluteOnly)?.Kind);
    }

    [TestMethod]
    [DataRow(0L)]
    [DataRow(24L)]
    [DataRow(1_000L)]
    [DataRow(100_000L)]
    [DataRow(1_048_575L)]
    public void Default_catches_one_extra_24_byte_object_per_operation_under_one_megabyte(long baselineBytes)
    {
        var finding = AllocatedBytesRule.Judge(Memory(baselineBytes), Memory(baselineBytes + 24), Thresholds.Default);

        Assert.AreEqual(FindingKind.Regression, finding?.Kind);
    }

    [TestMethod]
    public void Default_tolerance_at_one_megabyte_stays_below_one_object()
    {
        Assert.IsLessThan(24d, AllocatedBytesRule.Allowance(1_048_576, Thresholds.Default));
    }

    [TestMethod]
    public void Other_threads_allocations_widen_the_allowance_by_their_share_per_counted_operation()
    {
        // Measured on the suite with the counting engine under load: 1 MiB arrays, the two furthest apart of ten
        // unchanged runs (1,048,707 B/op with 110 Gen2 collections in 752 operations, 1,049,621 with 98 in 531).
        var baseline = Memory(1_049_621, gen2: 98, operations: 531);
        var current = Memory(1_048_707, gen2: 110, operations: 752);

        Assert.IsNull(AllocatedBytesRule.Judge(baseline, current, Thresholds.Default));
        Assert.IsNull(AllocatedBytesRule.Judge(current, baseline, Thresholds.Default));
        Assert.AreEqual(
            AllocatedBytesRule.Allowance(1_049_621, Thresholds.Default) + ((4_096d + (8_192d * 98)) / 531),
            AllocatedBytesRule.Allowance(baseline, current, Thresholds.Default),
            1e-9);
    }

    [TestMethod]
    public void Other_threads_share_comes_from_the_side_with_fewer_operations_and_more_Gen2_collections()
    {
        var quiet = Memory(1_000, gen2: 0, operations: 100_000);
        var busy = Memory(1_000, gen2: 10, operations: 1_000);
        var expected = 8 + 0.005 + ((4_096d + (8_192d * 10)) / 1_000);

        Assert.AreEqual(expected, AllocatedBytesRule.Allowance(quiet, busy, Thresholds.Default), 1e-9);
        Assert.AreEqual(expected, AllocatedBytesRule.Allowance(busy, quiet, Thresholds.Default), 1e-9);
    }

    [TestMethod]
    public void One_extra_object_is_a_regression_from_a_few_hundred_counted_operations_without_Gen2_collections()
    {
        var finding = AllocatedBytesRule.Judge(Memory(22_400, gen2: 0, operations: 384), Memory(22_424, gen2: 0, operations: 384), Thresholds.Default);

        Assert.AreEqual(FindingKind.Regression, finding?.Kind);
    }

    [TestMethod]
    public void Default_ignores_a_few_bytes_of_noise()
    {
        Assert.IsNull(AllocatedBytesRule.Judge(Memory(40_000), Memory(40_008), Thresholds.Default));
        Assert.IsNull(AllocatedBytesRule.Judge(Memory(40_000), Memory(39_992), Thresholds.Default));
    }

    [TestMethod]
    public void Finding_carries_both_figures_and_the_allowance_it_was_judged_by()
    {
        var finding = AllocatedBytesRule.Judge(Memory(1_048_576, operations: 1_000_000), Memory(1_048_600, operations: 1_000_000), Thresholds.Default);

        Assert.AreEqual(1_048_576d, finding?.Baseline);
        Assert.AreEqual(1_048_600d, finding?.Current);
        var cause = (AllocationChange)finding!.Cause;
        Assert.AreEqual(8 + (0.000005 * 1_048_576), cause.Allowance, 0.01);
        Assert.AreEqual("Allocated +24 B (+<0.01%), allowed ±13.25 B", FindingText.Reason(finding));
    }

    [TestMethod]
    public void Reason_names_other_threads_share_when_it_counts()
    {
        var finding = AllocatedBytesRule.Judge(Memory(1_000, operations: 1_024), Memory(1_024, operations: 1_024), Thresholds.Default);

        var cause = (AllocationChange)finding!.Cause;
        Assert.AreEqual(4, cause.OtherThreads, 0.01);
        Assert.AreEqual("Allocated +24 B (+2.4%), allowed ±12 B", FindingText.Reason(finding));
    }

    [TestMethod]
    public void Improvement_reason_has_a_negative_delta()
    {
        var finding = AllocatedBytesRule.Judge(Memory(2_000), Memory(1_000), Thresholds.Default);

        Assert.AreEqual(FindingKind.Improvement, finding?.Kind);
        Assert.StartsWith("Allocated \u22121,000 B (\u221250.0%)", FindingText.Reason(finding!));
    }
}
