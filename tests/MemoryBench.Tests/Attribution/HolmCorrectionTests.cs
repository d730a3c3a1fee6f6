using MemoryBench.Attribution;

namespace MemoryBench.Tests.Attribution;

[TestClass]
public sealed class HolmCorrectionTests
{
    [TestMethod]
    public void The_smallest_p_value_is_held_to_the_rate_over_the_number_of_tests_and_the_next_to_one_test_fewer()
    {
        // 0.01 <= 0.05/3, 0.02 <= 0.05/2 and 0.04 <= 0.05/1: all three reject.
        CollectionAssert.AreEqual(new[] { true, true, true }, HolmCorrection.Reject([0.04, 0.01, 0.02]));
        // 0.03 > 0.05/2 stops the procedure: 0.04 is not rejected although it is under 0.05.
        CollectionAssert.AreEqual(new[] { false, true, false }, HolmCorrection.Reject([0.04, 0.01, 0.03]));
    }

    [TestMethod]
    public void A_p_value_under_five_percent_alone_is_not_enough_among_many_tests()
    {
        var pValues = Enumerable.Repeat(0.5, 29).Append(0.01).ToArray();

        Assert.IsFalse(HolmCorrection.Reject(pValues).Any(rejected => rejected));
    }
}
