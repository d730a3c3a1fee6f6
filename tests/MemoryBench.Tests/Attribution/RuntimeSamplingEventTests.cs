using MemoryBench.Attribution;

namespace MemoryBench.Tests.Attribution;

[TestClass]
public sealed class RuntimeSamplingEventTests
{
    [TestMethod]
    [DataRow(6)]
    [DataRow(8)]
    [DataRow(9)]
    public void Runtimes_before_NET_10_are_sampled_by_allocation_ticks(int major) =>
        Assert.AreEqual(SamplingEvent.GCAllocationTick, RuntimeSamplingEvent.Of(major));

    [TestMethod]
    [DataRow(10)]
    [DataRow(11)]
    public void NET_10_and_later_are_sampled_by_AllocationSampled(int major) =>
        Assert.AreEqual(SamplingEvent.AllocationSampled, RuntimeSamplingEvent.Of(major));
}
