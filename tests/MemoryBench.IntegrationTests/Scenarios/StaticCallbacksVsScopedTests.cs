using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.IntegrationTests.Scenarios;

[TestClass]
public sealed class StaticCallbacksVsScopedTests
{
    // A 32-byte closure, its 64-byte delegate and the 32-byte node of the static stack.
    private const int BytesKeptPerCall = 128;

    [TestCleanup]
    public void ForgetCallbacks() => StaticCallbacksVsScoped.ForgetCallbacks();

    [TestMethod]
    public void Both_sides_return_the_same_reserved_stock()
    {
        var leaky = new StaticCallbacksVsScoped();
        var fixedSide = new StaticCallbacksVsScoped();

        for (var call = 0; call < 200; call++)
        {
            Assert.AreEqual(leaky.StaticCollection(), fixedSide.ScopedCollection());
        }
    }

    [TestMethod]
    public void Scoped_collection_allocates_less_than_the_static_one()
    {
        var pair = new StaticCallbacksVsScoped();

        var leaky = Allocations.Measure(pair.StaticCollection).BytesPerOperation;
        var fixedSide = Allocations.Measure(pair.ScopedCollection).BytesPerOperation;

        Assert.IsLessThan(leaky, fixedSide);
    }

    [TestMethod]
    public void Static_collection_keeps_every_callback_and_its_captured_state()
    {
        var pair = new StaticCallbacksVsScoped();

        var retained = Allocations.Measure(pair.StaticCollection).Retained!;

        Assert.AreEqual(BytesKeptPerCall, retained.BytesPerOperation, 3 * retained.StandardErrorBytes + 0.5);
        Assert.ThrowsExactly<AssertFailedException>(() => MemoryAssert.DoesNotLeak(pair.StaticCollection));
    }

    [TestMethod]
    public void Scoped_collection_keeps_nothing_per_call()
    {
        var pair = new StaticCallbacksVsScoped();

        MemoryAssert.DoesNotLeak(pair.ScopedCollection);
    }
}
