using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.IntegrationTests.Scenarios;

[TestClass]
public sealed class GrowingVsTrimmedLogTests
{
    private const int Calls = 20_000;

    // "request 0000042\n": 16 chars of 2 bytes.
    private const int BytesPerLine = 32;

    [TestCleanup]
    public void ForgetLines() => GrowingVsTrimmedLog.ForgetLines();

    [TestMethod]
    public void Both_logs_append_the_same_lines()
    {
        var pair = new GrowingVsTrimmedLog();

        for (var call = 0; call < 3_000; call++)
        {
            Assert.AreEqual(pair.GrowingLog(), pair.TrimmedLog());
        }
    }

    [TestMethod]
    public void Trimmed_log_allocates_nothing_where_the_growing_one_adds_chunks()
    {
        var pair = new GrowingVsTrimmedLog();

        Assert.IsGreaterThanOrEqualTo(BytesPerLine, Allocations.Measure(pair.GrowingLog).BytesPerOperation);
        Assert.AreEqual(0.0, Allocations.Measure(pair.TrimmedLog).BytesPerOperation);
    }

    [TestMethod]
    public void Growing_log_leaks_every_line_and_its_chunks()
    {
        var retained = Leaking.RetainedPerCall<GrowingVsTrimmedLog>(nameof(GrowingVsTrimmedLog.GrowingLog));

        Assert.IsTrue(Leaking.IsLeak(retained), retained.ToString());
        // Each new chunk is as long as the log so far, up to 8,000 chars: up to as much again in spare chars while the
        // log is short (a busy machine measures fewer calls), 48 bytes of builder per 16,000 bytes of chars once long.
        Assert.IsInRange(BytesPerLine, BytesPerLine * 2, retained.BytesPerOperation);
    }

    [TestMethod]
    public void Trimmed_log_keeps_nothing_per_call()
    {
        var retained = Leaking.RetainedPerCall<GrowingVsTrimmedLog>(nameof(GrowingVsTrimmedLog.TrimmedLog));

        Assert.IsFalse(Leaking.IsLeak(retained), retained.ToString());
    }

    [TestMethod]
    public void The_unit_test_assertion_sees_the_log_grow_in_lumps()
    {
        var pair = new GrowingVsTrimmedLog();

        Assert.ThrowsExactly<AssertFailedException>(() => MemoryAssert.DoesNotLeak(pair.GrowingLog));
        MemoryAssert.DoesNotLeak(pair.TrimmedLog);
    }
}
