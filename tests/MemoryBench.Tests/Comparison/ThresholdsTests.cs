using MemoryBench.Comparison;

namespace MemoryBench.Tests.Comparison;

[TestClass]
public sealed class ThresholdsTests
{
    [TestMethod]
    public void Default_is_tight_on_allocations_and_leaves_time_ungated()
    {
        Assert.AreEqual(8d, Thresholds.Default.AllocatedBytesTolerance);
        Assert.AreEqual(0.000_005, Thresholds.Default.AllocatedRelativeTolerance);
        Assert.IsNull(Thresholds.Default.TimeRelativeThreshold);
        Assert.IsLessThan(24d, Thresholds.Default.RetainedBytesTolerance);
    }

    [TestMethod]
    public void Retained_tolerance_stays_below_the_least_a_list_of_longs_growing_with_every_call_reads()
    {
        // 8 B per element, read over a span ending just before the array doubles: 8 x (510 / 511) B/op.
        Assert.IsLessThan(8d * 510 / 511, Thresholds.Default.RetainedBytesTolerance);
    }

    [TestMethod]
    public void Create_without_values_is_the_default()
    {
        Assert.AreEqual(Thresholds.Default, Thresholds.Create());
    }

    [TestMethod]
    public void Create_takes_each_given_value_and_defaults_the_rest()
    {
        var thresholds = Thresholds.Create(allocatedBytesTolerance: 16, timeRelativeThreshold: 0.05);

        Assert.AreEqual(Thresholds.Default with { AllocatedBytesTolerance = 16, TimeRelativeThreshold = 0.05 }, thresholds);
    }

    [TestMethod]
    public void Create_accepts_zero_tolerances()
    {
        Assert.AreEqual(0d, Thresholds.Create(allocatedBytesTolerance: 0, allocatedRelativeTolerance: 0).AllocatedBytesTolerance);
    }

    [TestMethod]
    public void Create_rejects_negative_or_non_finite_values_naming_the_value()
    {
        var negative = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Thresholds.Create(gcRateRelativeTolerance: -0.1));
        Assert.AreEqual("gcRateRelativeTolerance", negative.ParamName);
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Thresholds.Create(retainedBytesTolerance: double.NaN));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Thresholds.Create(allocatedBytesTolerance: double.PositiveInfinity));
    }

    [TestMethod]
    public void Create_rejects_a_time_threshold_of_zero()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Thresholds.Create(timeRelativeThreshold: 0));
    }
}
