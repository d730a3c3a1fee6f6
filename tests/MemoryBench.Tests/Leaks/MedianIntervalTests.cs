using MemoryBench.Leaks;

namespace MemoryBench.Tests.Leaks;

[TestClass]
public sealed class MedianIntervalTests
{
    [TestMethod]
    public void Ten_values_give_the_second_to_ninth_as_the_95_percent_interval()
    {
        double[] values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];

        var interval = MedianInterval.Of(values, 0.95);

        Assert.AreEqual(5.5, interval.Median);
        Assert.AreEqual(2.0, interval.Lower);
        Assert.AreEqual(9.0, interval.Upper);
        Assert.AreEqual(1 - (2 * 11 / 1024.0), interval.Coverage, 1e-12);
    }

    [TestMethod]
    public void The_standard_error_is_the_half_width_over_the_normal_quantile_of_the_coverage()
    {
        double[] values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];

        var interval = MedianInterval.Of(values, 0.95);

        // Coverage 97.85%: the normal quantile of 98.93% is 2.30.
        Assert.AreEqual(3.5 / 2.30, interval.StandardError, 0.01);
    }

    [TestMethod]
    public void Identical_values_have_no_uncertainty()
    {
        var interval = MedianInterval.Of([24, 24, 24, 24, 24, 24], 0.95);

        Assert.AreEqual(24.0, interval.Median);
        Assert.AreEqual(0.0, interval.StandardError);
    }
}
