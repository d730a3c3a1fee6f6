using MemoryBench.Comparison;
using static MemoryBench.Tests.Comparison.ResultBuilder;

namespace MemoryBench.Tests.Comparison;

[TestClass]
public sealed class AllocatedBytesRuleTests
{
    // 8 B + 25% of the baseline; a quarter is exact in binary, so the edges below are exact too.
    private static readonly Thresholds EightBytesAndAQuarter = Thresholds.Default with
    {
        AllocatedBytesTolerance = 8,
        AllocatedRelativeTolerance = 0.25,
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
        var absoluteOnly = Thresholds.Default with { AllocatedBytesTolerance = 8, AllocatedRelativeTolerance = 0 };

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
    public void Default_ignores_a_few_bytes_of_noise()
    {
        Assert.IsNull(AllocatedBytesRule.Judge(Memory(40_000), Memory(40_008), Thresholds.Default));
        Assert.IsNull(AllocatedBytesRule.Judge(Memory(40_000), Memory(39_992), Thresholds.Default));
    }

    [TestMethod]
    public void Reason_names_the_metric_both_figures_the_signed_delta_and_the_tolerance()
    {
        var finding = AllocatedBytesRule.Judge(Memory(1_048_576), Memory(1_048_600), Thresholds.Default);

        Assert.AreEqual(
            "Allocated bytes/op grew from 1,048,576 B to 1,048,600 B (+24 B, +0.0023%), " +
            "beyond the tolerance of 13.2 B (8 B + 0.0005% of the baseline).",
            finding?.Reason);
    }

    [TestMethod]
    public void Improvement_reason_has_a_negative_delta()
    {
        var finding = AllocatedBytesRule.Judge(Memory(2_000), Memory(1_000), Thresholds.Default);

        Assert.Contains("shrank from 2,000 B to 1,000 B (-1,000 B, -50%)", finding!.Reason);
    }
}
