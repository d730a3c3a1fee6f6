using MemoryBench.Attribution;

namespace MemoryBench.Tests.Attribution;

[TestClass]
public sealed class RuntimeSamplingEventTests
{
    [TestMethod]
    [DataRow("net8.0")]
    [DataRow("net9.0")]
    [DataRow("net8.0-windows")]
    public void Runtimes_before_NET_10_are_sampled_by_allocation_ticks(string moniker) =>
        Assert.AreEqual(SamplingEvent.GCAllocationTick, RuntimeSamplingEvent.OfTargetFramework(moniker));

    [TestMethod]
    [DataRow("net10.0")]
    [DataRow("net11.0")]
    [DataRow("NET10.0-windows")]
    [DataRow(null)]
    public void NET_10_and_later_and_the_hosts_own_runtime_are_sampled_by_AllocationSampled(string? moniker) =>
        Assert.AreEqual(SamplingEvent.AllocationSampled, RuntimeSamplingEvent.OfTargetFramework(moniker));
}
