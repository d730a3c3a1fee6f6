using MemoryBench.Benchmarks.Scenarios;

namespace MemoryBench.Tests.Scenarios;

[TestClass]
public sealed class EventHandlerLeakVsUnsubscribeTests
{
    private const int Calls = 20_000;

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

        var leaky = Allocations.PerCall(pair.NeverUnsubscribed, Calls);
        var fixedSide = Allocations.PerCall(pair.Unsubscribed, Calls);

        Assert.IsLessThanOrEqualTo(leaky, fixedSide);
    }

    [TestMethod]
    public void A_handler_never_removed_keeps_its_label_alive()
    {
        var pair = new EventHandlerLeakVsUnsubscribe();

        var retained = Retention.BytesPerCall(pair.NeverUnsubscribed, Calls);

        Assert.IsGreaterThan(BytesKeptPerCall - Retention.Noise, retained);
        Assert.IsLessThan(BytesKeptPerCall + Retention.Noise, retained);
    }

    [TestMethod]
    public void An_unsubscribed_label_is_collected()
    {
        var pair = new EventHandlerLeakVsUnsubscribe();

        Assert.IsLessThan(Retention.Noise, Retention.BytesPerCall(pair.Unsubscribed, Calls));
    }
}
