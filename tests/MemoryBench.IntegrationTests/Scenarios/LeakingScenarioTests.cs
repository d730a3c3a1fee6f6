using FastJobProcess;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.IntegrationTests.Scenarios;

/// <summary>
/// The leaky scenarios: the wasteful side keeps what each call made, the frugal side lets it go, and both the gate's
/// Retained/op and the unit-test assertion tell them apart.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class LeakingScenarioTests
{
    /// <summary>
    /// Each leaky pair: what the wasteful side keeps per call, at least and at most (a collection that grows in lumps
    /// keeps spare room, up to as much again), and what the frugal side may keep (0: nothing the gate calls a leak).
    /// </summary>
    public static IEnumerable<object[]> Pairs { get; } =
    [
        // A 40-byte label, its 64-byte handler and the 48-byte node of the publisher's list.
        ["EventHandlerLeakVsUnsubscribe.NeverUnsubscribed", "EventHandlerLeakVsUnsubscribe.Unsubscribed", 152.0, 152.0, 0.0],
        // A 32-byte closure, its 64-byte delegate and the 32-byte node of the static stack.
        ["StaticCallbacksVsScoped.StaticCollection", "StaticCallbacksVsScoped.ScopedCollection", 128.0, 128.0, 0.0],
        // An 8-byte reading, and up to as much again of the list's spare capacity.
        ["StaticListVsRingBuffer.StaticList", "StaticListVsRingBuffer.RingBuffer", 8.0, 16.0, 0.0],
        // "request 0000042\n", 16 chars of 2 bytes, and up to as much again of the builder's spare chunk.
        ["GrowingVsTrimmedLog.GrowingLog", "GrowingVsTrimmedLog.TrimmedLog", 32.0, 64.0, 0.0],
        // The 56-byte description of a new id, and its 24-byte entry and 4-byte bucket in a dictionary growing in lumps.
        ["UnboundedVsBoundedCache.UnboundedCache", "UnboundedVsBoundedCache.BoundedCache", 56.0, 168.0, 0.0],
        // A 24-byte request and its 24-byte data, their entry and bucket; the weak table keeps only its own container,
        // which grows with the keys it has seen (25-33 B a call): less than one request and its data.
        ["DictionaryVsConditionalWeakTable.StrongDictionary", "DictionaryVsConditionalWeakTable.WeakConditionalTable", 48.0, 152.0, 48.0],
    ];

    /// <summary>Calls after which every frugal side holds as much as it ever will: twice the bounded cache's capacity.</summary>
    private const int FrugalSidesFillWithin = 128;

    [TestMethod]
    [DynamicData(nameof(Pairs))]
    public void The_wasteful_side_keeps_what_each_call_made(string wasteful, string frugal, double leastKept, double mostKept, double frugalKeeps)
    {
        // Disposed, the scenario's [GlobalCleanup] forgets what the measurement leaked.
        using var scenario = SuiteBenchmark.Create(wasteful);

        var retained = Leaking.RetainedPerCall(wasteful);

        var margin = (3 * retained.StandardErrorBytes) + 0.5;
        Assert.IsTrue(Leaking.IsLeak(retained), $"{wasteful}: {retained} (beside {frugal}, which may keep {frugalKeeps} B)");
        Assert.IsInRange(leastKept - margin, mostKept + margin, retained.BytesPerOperation, $"{wasteful}: {retained}");
    }

    [TestMethod]
    [DynamicData(nameof(Pairs))]
    public void The_frugal_side_keeps_nothing_per_call(string wasteful, string frugal, double leastKept, double mostKept, double frugalKeeps)
    {
        using var scenario = SuiteBenchmark.Create(frugal);

        var retained = Leaking.RetainedPerCall(frugal);

        var message = $"{frugal}: {retained} (beside {wasteful}, which keeps {leastKept}-{mostKept} B)";
        if (frugalKeeps == 0)
        {
            Assert.IsFalse(Leaking.IsLeak(retained), message);
        }
        else
        {
            Assert.IsLessThan(frugalKeeps, retained.BytesPerOperation, message);
        }
    }

    [TestMethod]
    [DynamicData(nameof(Pairs))]
    public void Does_not_leak_fails_the_wasteful_side_and_passes_the_frugal_one(
        string wasteful, string frugal, double leastKept, double mostKept, double frugalKeeps)
    {
        using (var wastefulSide = SuiteBenchmark.Create(wasteful))
        {
            Assert.ThrowsExactly<AssertFailedException>(() => MemoryAssert.DoesNotLeak(wastefulSide.Operation), $"{wasteful} keeps {leastKept}-{mostKept} B a call");
        }

        using var frugalSide = SuiteBenchmark.Create(frugal);
        // A frugal side that is bounded fills its bound first (the bounded cache adds one entry a call up to 64), and
        // until then it keeps memory as a leak does, as the assertion says; on a busy machine its window can end sooner.
        for (var call = 0; call < FrugalSidesFillWithin; call++)
        {
            frugalSide.Operation();
        }

        MemoryAssert.DoesNotLeak(frugalKeeps, frugalSide.Operation);
    }
}
