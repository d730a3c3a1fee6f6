using System.Diagnostics;

namespace MemoryBench.Testing.Tests.Verdicts;

/// <summary>
/// DoesNotLeak's verdicts on operations whose right answer is known, run as a user's suite runs: in parallel, method by
/// method, beside a neighbour that allocates and keeps memory on other threads for as long as they run
/// (<see cref="NoisyNeighbour"/>, started before the first of them).
/// A leak must fail as a leak (not as inconclusive), everything else must pass.
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class LeakVerdictTests
{
    private static NoisyNeighbour? neighbour;

    /// <summary>The file the loop that runs the set (docs/assertions.md, Measurements) adds the verdicts to; without it the set does not run.</summary>
    public const string LogVariable = "MEMORYBENCH_VERDICT_LOG";

    private static string? log;

    /// <remarks>
    /// A measurement, not a unit test: under a neighbour and a loaded machine a verdict may take its 30 s, or (for the
    /// slowest operation) come out inconclusive, so the ordinary test run leaves the set out and the loop runs it.
    /// </remarks>
    [ClassInitialize]
    public static void StartTheNeighbour(TestContext context)
    {
        log = Environment.GetEnvironmentVariable(LogVariable);
        if (string.IsNullOrEmpty(log))
        {
            Assert.Inconclusive($"The verdict set runs when {LogVariable} names a file to add its verdicts to (docs/assertions.md).");
        }

        neighbour = new NoisyNeighbour();
    }

    [ClassCleanup]
    public static void StopTheNeighbour()
    {
        if (neighbour is null)
        {
            return;
        }

        var allocated = neighbour.Stop();
        neighbour.Dispose();
        Assert.IsGreaterThan(0L, allocated);
    }

    [TestMethod]
    public void A_static_event_gaining_a_subscriber_per_call_fails_DoesNotLeak()
    {
        AssertLeaks(Leaking.SubscribeToStaticEvent);
        Leaking.Raise();
    }

    [TestMethod]
    public void A_16_byte_array_kept_every_100th_call_fails_DoesNotLeak() => AssertLeaks(Leaking.KeepAnArrayEveryHundredthCall);

    [TestMethod]
    public void A_static_dictionary_growing_by_an_entry_per_call_fails_DoesNotLeak() => AssertLeaks(Leaking.AddToStaticDictionary);

    [TestMethod]
    public void A_static_queue_growing_by_an_item_per_call_fails_DoesNotLeak() => AssertLeaks(Leaking.EnqueueToStaticQueue);

    [TestMethod]
    public void A_new_object_kept_per_call_fails_DoesNotLeak() => AssertLeaks(Leaking.KeepANewObject);

    [TestMethod]
    public void A_bounded_LRU_cache_passes_DoesNotLeak() => AssertKeepsNothing(NotLeaking.UseBoundedCache);

    [TestMethod]
    public void Renting_from_ArrayPool_passes_DoesNotLeak() => AssertKeepsNothing(NotLeaking.RentAndReturn);

    [TestMethod]
    public async Task An_async_method_awaiting_Task_Yield_passes_DoesNotLeak()
    {
        var started = Stopwatch.GetTimestamp();
        var verdict = await MemoryExpectations.DoesNotLeakAsync(0, NotLeaking.YieldAsync);
        Record(verdict, started);
        Assert.IsTrue(verdict.Passed, verdict.Message);
    }

    [TestMethod]
    public void A_lazy_static_passes_DoesNotLeak() => AssertKeepsNothing(() => _ = NotLeaking.ReadLazyTable());

    [TestMethod]
    public void A_ConcurrentDictionary_over_50_keys_passes_DoesNotLeak() => AssertKeepsNothing(() => _ = NotLeaking.GetOneOfFiftyKeys());

    [TestMethod]
    public void Span_arithmetic_passes_DoesNotLeak() => AssertKeepsNothing(() => _ = NotLeaking.SumSpan());

    [TestMethod]
    public void One_24_byte_object_let_go_passes_DoesNotLeak() => AssertKeepsNothing(NotLeaking.AllocateOneObject);

    public TestContext TestContext { get; set; } = null!;

    private void AssertLeaks(Action operation)
    {
        var started = Stopwatch.GetTimestamp();
        var verdict = MemoryExpectations.DoesNotLeak(0, operation);
        Record(verdict, started);
        Assert.IsFalse(verdict.Passed, verdict.Message);
        StringAssert.Contains(verdict.Message, "with confidence", verdict.Message);
    }

    private void AssertKeepsNothing(Action operation)
    {
        var started = Stopwatch.GetTimestamp();
        var verdict = MemoryExpectations.DoesNotLeak(0, operation);
        Record(verdict, started);
        Assert.IsTrue(verdict.Passed, verdict.Message);
    }

    private void Record(MemoryVerdict verdict, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        TestContext.WriteLine($"{elapsed.TotalSeconds:0.00} s: {verdict.Message}");
        if (log is not null)
        {
            var line = $"{TestContext.TestName}\t{(verdict.Passed ? "passed" : "failed")}\t{elapsed.TotalSeconds:0.00}\t{verdict.Message.ReplaceLineEndings(" | ")}{Environment.NewLine}";
            lock (typeof(LeakVerdictTests))
            {
                File.AppendAllText(log, line);
            }
        }
    }
}
