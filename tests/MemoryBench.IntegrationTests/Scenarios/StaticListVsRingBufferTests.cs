using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.IntegrationTests.Scenarios;

[TestClass]
public sealed class StaticListVsRingBufferTests
{
    private const int Calls = 20_000;

    [TestCleanup]
    public void ForgetReadings() => StaticListVsRingBuffer.ForgetReadings();

    [TestMethod]
    public void Both_report_the_same_latest_readings()
    {
        var pair = new StaticListVsRingBuffer();

        for (var call = 0; call < 3_000; call++)
        {
            Assert.AreEqual(pair.StaticList(), pair.RingBuffer());
        }
    }

    [TestMethod]
    public void Ring_buffer_allocates_nothing_where_the_list_grows()
    {
        var pair = new StaticListVsRingBuffer();

        // The list allocates only when it doubles, so its bytes show over a span of calls, not per steady call.
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var call = 0; call < Calls; call++)
        {
            pair.StaticList();
        }

        Assert.IsGreaterThan(0L, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.AreEqual(0.0, Allocations.Measure(pair.RingBuffer).BytesPerOperation);
    }

    [TestMethod]
    public void Static_list_leaks_its_8_byte_readings_and_their_spare_capacity()
    {
        var retained = Leaking.RetainedPerCall<StaticListVsRingBuffer>(nameof(StaticListVsRingBuffer.StaticList));

        Assert.IsTrue(Leaking.IsLeak(retained), retained.ToString());
        Assert.IsInRange(8.0, 16.0, retained.BytesPerOperation);
    }

    [TestMethod]
    public void Ring_buffer_keeps_nothing_per_call()
    {
        var retained = Leaking.RetainedPerCall<StaticListVsRingBuffer>(nameof(StaticListVsRingBuffer.RingBuffer));

        Assert.IsFalse(Leaking.IsLeak(retained), retained.ToString());
    }

    [TestMethod]
    public void The_unit_test_assertion_sees_the_list_grow_in_lumps()
    {
        var pair = new StaticListVsRingBuffer();

        Assert.ThrowsExactly<AssertFailedException>(() => MemoryAssert.DoesNotLeak(pair.StaticList));
        MemoryAssert.DoesNotLeak(pair.RingBuffer);
    }
}
