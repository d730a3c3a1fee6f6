using MemoryBench.Leaks;

namespace MemoryBench.Tests.Leaks;

[TestClass]
public sealed class GeometricBatchesTests
{
    [TestMethod]
    public void Every_batch_is_twice_the_one_before()
    {
        CollectionAssert.AreEqual(new long[] { 3, 6, 12, 24 }, GeometricBatches.Plan(3, 4));
    }

    [TestMethod]
    public void Fewer_than_two_batches_are_rejected()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => GeometricBatches.Plan(1, 1));
    }

    [TestMethod]
    public void An_empty_first_batch_is_rejected()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => GeometricBatches.Plan(0, 4));
    }

    [TestMethod]
    public void Fast_operations_get_the_most_batches()
    {
        Assert.AreEqual(9, GeometricBatches.CountWithin(TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(0.25), fewest: 5, most: 9));
    }

    [TestMethod]
    public void Slow_operations_get_as_many_batches_as_fit_in_the_budget()
    {
        // 2 ms first: 63 first batches' worth (six batches) take 126 ms, 127 (seven) would take 254 ms.
        Assert.AreEqual(6, GeometricBatches.CountWithin(TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(2), fewest: 5, most: 9));
    }

    [TestMethod]
    public void Very_slow_operations_still_get_the_fewest_batches()
    {
        Assert.AreEqual(5, GeometricBatches.CountWithin(TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(50), fewest: 5, most: 9));
    }
}
