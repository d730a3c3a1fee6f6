using MemoryBench.Attribution;

namespace MemoryBench.Tests.Attribution;

[TestClass]
public sealed class SampleCountTestTests
{
    [TestMethod]
    public void Eight_samples_against_none_over_as_many_operations_is_the_exact_binomial_chance()
    {
        // Were the rates equal, each of the 8 samples fell on either run with probability 1/2.
        Assert.AreEqual(2 * Math.Pow(0.5, 8), SampleCountTest.TwoSidedPValue(8, 1000, 0, 1000), 1e-9);
    }

    [TestMethod]
    public void Counts_in_proportion_to_the_operations_are_no_evidence_of_a_change()
    {
        Assert.AreEqual(1, SampleCountTest.TwoSidedPValue(200, 2000, 100, 1000), 0.1);
        Assert.AreEqual(1, SampleCountTest.TwoSidedPValue(0, 1000, 0, 1000));
    }

    [TestMethod]
    public void A_doubled_count_over_hundreds_of_samples_is_strong_evidence()
    {
        Assert.IsLessThan(1e-9, SampleCountTest.TwoSidedPValue(400, 1000, 200, 1000));
    }
}
