using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.Tests.Scenarios;

[TestClass]
public sealed class InjectedRegressionTests
{
    [TestMethod]
    public void The_injected_regression_is_exactly_one_24_byte_object_per_call()
    {
        Assert.AreEqual(24d, Allocations.Measure(() => InjectedRegression.Allocate(enabled: true)).BytesPerOperation);
    }

    [TestMethod]
    public void Without_the_switch_nothing_extra_is_allocated()
    {
        MemoryAssert.AllocatesNothing(() => InjectedRegression.Allocate(enabled: false));
        Assert.AreNotEqual("1", Environment.GetEnvironmentVariable(InjectedRegression.Variable));
    }

    [TestMethod]
    public void The_injected_leak_keeps_one_24_byte_object_per_call_alive_across_full_collections()
    {
        var retained = Allocations.Measure(() => InjectedRegression.Leak(enabled: true)).Retained!;

        Assert.AreEqual(24d, retained.BytesPerOperation, 3 * retained.StandardErrorBytes + 0.5);
        Assert.AreNotEqual("1", Environment.GetEnvironmentVariable(InjectedRegression.LeakVariable));
    }
}
