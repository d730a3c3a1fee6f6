using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.IntegrationTests.Scenarios;

[TestClass]
public sealed class EventHandlerLeakVsUnsubscribeTests
{
    // A 40-byte label, its 64-byte handler and the 48-byte node of the publisher's list.
    private const int BytesKeptPerCall = 152;

    [TestCleanup]
    public void DropSubscriptions() => EventHandlerLeakVsUnsubscribe.DropSubscriptions();

    [TestMethod]
    public void Both_sides_return_the_same_label_widths()
    {
        var leaky = new EventHandlerLeakVsUnsubscribe();
        var fixedSide = new EventHandlerLeakVsUnsubscribe();

        for (var call = 0; call < 200; call++)
        {
            Assert.AreEqual(leaky.NeverUnsubscribed(), fixedSide.Unsubscribed());
        }
    }

    [TestMethod]
    public void Unsubscribing_allocates_no_more_than_the_leak()
    {
        var pair = new EventHandlerLeakVsUnsubscribe();

        var leaky = Allocations.Measure(pair.NeverUnsubscribed).BytesPerOperation;
        var fixedSide = Allocations.Measure(pair.Unsubscribed).BytesPerOperation;

        Assert.IsLessThanOrEqualTo(leaky, fixedSide);
    }

    [TestMethod]
    public void A_handler_never_removed_keeps_its_label_alive()
    {
        var pair = new EventHandlerLeakVsUnsubscribe();

        var retained = Allocations.Measure(pair.NeverUnsubscribed).Retained!;

        Assert.AreEqual(BytesKeptPerCall, retained.BytesPerOperation, 3 * retained.StandardErrorBytes + 0.5);
        Assert.ThrowsExactly<AssertFailedException>(() => MemoryAssert.DoesNotLeak(pair.NeverUnsubscribed));
    }

    [TestMethod]
    public void An_unsubscribed_label_is_collected()
    {
        var pair = new EventHandlerLeakVsUnsubscribe();

        MemoryAssert.DoesNotLeak(pair.Unsubscribed);
    }
}
