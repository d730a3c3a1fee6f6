using MemoryBench.Leaks;

namespace MemoryBench.Tests.Leaks;

[TestClass]
public sealed class RobustMedianTests
{
    [TestMethod]
    public void The_standard_error_is_that_of_a_median_of_normal_data_with_sigma_from_the_median_absolute_deviation()
    {
        double[] values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];

        var median = RobustMedian.Of(values);

        // Median absolute deviation 2.5, scaled for normal data at n = 10 to sigma = 4.06; sqrt(pi/2) * 4.06 / sqrt(10) = 1.61.
        Assert.AreEqual(5.5, median.Median);
        Assert.AreEqual(1.61, median.StandardError, 0.01);
    }

    [TestMethod]
    public void Identical_values_have_no_uncertainty()
    {
        var median = RobustMedian.Of([24, 24, 24, 24, 24, 24]);

        Assert.AreEqual(24.0, median.Median);
        Assert.AreEqual(0.0, median.StandardError);
    }

    [TestMethod]
    public void Far_off_values_in_a_minority_move_neither_the_median_nor_its_standard_error()
    {
        var median = RobustMedian.Of([48, 48, 48, 175, 48, 48, 48, 311, 48, 48]);

        Assert.AreEqual(48.0, median.Median);
        Assert.AreEqual(0.0, median.StandardError);
    }

    [TestMethod]
    public void Fewer_than_two_values_are_rejected()
    {
        Assert.ThrowsExactly<ArgumentException>(() => RobustMedian.Of([24]));
    }
}
