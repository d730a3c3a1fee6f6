using MemoryBench.Benchmarks.Scenarios;

namespace MemoryBench.Tests.Scenarios;

[TestClass]
public sealed class InjectedRegressionTests
{
    [TestMethod]
    public void The_injected_regression_is_exactly_one_24_byte_object_per_call()
    {
        Assert.AreEqual(24L, Allocations.Of(() => { InjectedRegression.Allocate(enabled: true); return 0; }));
    }

    [TestMethod]
    public void Without_the_switch_nothing_extra_is_allocated()
    {
        Assert.AreEqual(0L, Allocations.Of(() => { InjectedRegression.Allocate(enabled: false); return 0; }));
        Assert.AreNotEqual("1", Environment.GetEnvironmentVariable(InjectedRegression.Variable));
    }

    [TestMethod]
    public void The_injected_leak_keeps_one_24_byte_object_per_call_alive_across_full_collections()
    {
        var retained = Retention.BytesPerCall(() => { InjectedRegression.Leak(enabled: true); return 0; }, 20_000);

        Assert.AreEqual(24d, retained, Retention.Noise);
        Assert.AreNotEqual("1", Environment.GetEnvironmentVariable(InjectedRegression.LeakVariable));
    }
}
