using MemoryBench.Testing;

namespace MemoryBench.Tests.Scenarios;

/// <summary>
/// MemoryBench.Testing measures every suite benchmark to the byte as the fast BenchmarkDotNet job does: the figures
/// are the README's scenario table and results/baseline.json.
/// </summary>
[TestClass]
public sealed class FastJobFiguresTests
{
    // The largest benchmarks take milliseconds a call, and tens of milliseconds on a loaded machine: the 100 calls the
    // warm-up waits for then need more than its default 3 s (measured: EagerList(Count=100000) 40 B more, its boxed
    // enumerator, when cut short under load).
    private static readonly MeasurementOptions AllocationsOnly = new() { MeasureRetained = false, MaxWarmupTime = TimeSpan.FromSeconds(30) };

    // Not the two whose dictionaries grow for ever (StrongDictionary, UnboundedCache): their resizes fall in a unit
    // test's counted span and MemoryBench's counting amortises them in, where the fast job's span, after millions more
    // calls, holds none.
    [TestMethod]
    [DataRow("BoxingVsGenerics.Boxing", 32_104L)]
    [DataRow("BoxingVsGenerics.Generic", 4_056L)]
    [DataRow("CapturingVsStaticLambda.CapturingLambda", 1_408L)]
    [DataRow("CapturingVsStaticLambda.StaticLambda", 0L)]
    [DataRow("EagerListVsIterator.EagerList(Count=1000)", 39_000L)]
    [DataRow("EagerListVsIterator.Iterator(Count=1000)", 22_400L)]
    [DataRow("EagerListVsIterator.Iterator(Count=100000)", 3_190_400L)]
    [DataRow("EventHandlerLeakVsUnsubscribe.NeverUnsubscribed", 152L)]
    [DataRow("EventHandlerLeakVsUnsubscribe.Unsubscribed", 152L)]
    [DataRow("InterfaceVsStructEnumerator.InterfaceEnumerator", 80L)]
    [DataRow("InterfaceVsStructEnumerator.StructEnumerator", 0L)]
    [DataRow("LinqVsLoop.LinqChain", 4_208L)]
    [DataRow("LinqVsLoop.PlainLoop", 0L)]
    [DataRow("NewArrayVsArrayPool.NewArray(MessageSize=4096)", 4_120L)]
    [DataRow("NewArrayVsArrayPool.PooledArray(MessageSize=4096)", 0L)]
    [DataRow("NewArrayVsArrayPool.PooledArray(MessageSize=1048576)", 0L)]
    [DataRow("SplitVsSpanParsing.SplitStrings", 27_800L)]
    [DataRow("SplitVsSpanParsing.SliceSpans", 0L)]
    [DataRow("StaticCallbacksVsScoped.StaticCollection", 128L)]
    [DataRow("StaticCallbacksVsScoped.ScopedCollection", 96L)]
    [DataRow("StringConcatVsBuilder.Concatenation(Parts=16)", 2_384L)]
    [DataRow("StringConcatVsBuilder.Concatenation(Parts=1024)", 8_183_312L)]
    [DataRow("StringConcatVsBuilder.Builder(Parts=16)", 856L)]
    [DataRow("StringConcatVsBuilder.Builder(Parts=1024)", 33_520L)]
    [DataRow("TaskVsValueTask.TaskOfInt", 1_152L)]
    [DataRow("TaskVsValueTask.ValueTaskOfInt", 0L)]
    [DataRow("UnboundedVsBoundedCache.BoundedCache", 56L)]
    public void Bytes_per_call_equal_the_fast_jobs_to_the_byte(string benchmark, long fastJobBytesPerOperation)
    {
        var measurement = SuiteOperations.Measure(benchmark, AllocationsOnly);

        // To the byte, but for the calling thread's counter, which can read a minimum object more per collection (see
        // AssertOwnBytes): UnboundedCache once read 56.00027 B/op, 24 B over 90,112 calls with two collections.
        AssertOwnBytes(fastJobBytesPerOperation, measurement);
        Assert.IsTrue(measurement.IsPrecise);
    }

    /// <remarks>
    /// The table reallocates its container (the container, its 131,072 entries and buckets: 2,621,544 B) when it is
    /// full: every 131,072 calls or fewer, as the entries of requests created since the last collection move along.
    /// The fast job keeps BenchmarkDotNet's count for this [InvocationCount] pair: one iteration of 80,000 calls that
    /// held one container, 48 + 2,621,544 / 80,000 = 81 B/op. The amortised figure is the period's, which depends on
    /// when the process collects (68.0 to 78.5 B/op in ten measurements, each in a fresh load context). A container of
    /// N slots serves at most N calls, so its 16-byte entries alone add 16 B to every call, whatever the period.
    /// </remarks>
    [TestMethod]
    public void Weak_table_reads_its_container_amortised_over_whole_periods()
    {
        const double requestAndData = 48;
        const double entryPerCall = 16;

        var measurement = SuiteOperations.Measure("DictionaryVsConditionalWeakTable.WeakConditionalTable", AllocationsOnly);

        Assert.IsGreaterThanOrEqualTo(requestAndData + entryPerCall, measurement.BytesPerOperation, $"{measurement}");
        Assert.IsGreaterThanOrEqualTo(1, measurement.LumpPeriods, $"{measurement}");
    }

    /// <remarks>
    /// The fast job counts the whole process's allocations over few operations, Gen2 collections among them, and other
    /// threads allocate during Gen2 collections: 5,288,088 B over 6 operations with 2 Gen2 collections, 1,048,620 B
    /// over 32 with 3 in results/baseline.json, and other figures in other runs (5,288,085 and 5,288,102 in the README's
    /// study). The calling thread's count has the code's own bytes, reckoned here object by object.
    /// </remarks>
    [TestMethod]
    public void Large_benchmarks_read_their_own_bytes_without_what_other_threads_allocate_during_gen2_collections()
    {
        // 99,700 strings of 3 to 5 digits at 32 B (ids 0-299 are cached by the runtime), the list's 16 arrays of
        // 4 to 131,072 references (262,140 references at 8 B plus 16 headers of 24 B) and the 32-byte list itself.
        const long eagerList = (99_700 * 32) + ((262_140 * 8) + (16 * 24)) + 32;

        // One 1 MiB byte array and its 24-byte header.
        const long newArray = 1_048_576 + 24;

        var eagerListMeasured = Fewest("EagerListVsIterator.EagerList(Count=100000)");
        var newArrayMeasured = Fewest("NewArrayVsArrayPool.NewArray(MessageSize=1048576)");

        AssertOwnBytes(eagerList, eagerListMeasured);
        AssertOwnBytes(newArray, newArrayMeasured);
    }

    // The code's own bytes are the least any measurement reads. What the calling thread's counter reads beyond them
    // comes with collections: twice, under load, every round of two EagerList(Count=100000) calls read exactly 24 B
    // (one minimum object) more, each round with one Gen2 collection, three rounds alike, so the measurement took it
    // for the steady figure (72 B over 6 operations). The fewest of three measurements is the code's, or above it by
    // at most a minimum object per collection.
    private static void AssertOwnBytes(long ownBytesPerOperation, AllocationMeasurement measured)
    {
        const long minimumObject = 24;
        var counterSlack = (double)minimumObject * measured.Gen0Collections / measured.Operations;
        Assert.IsGreaterThanOrEqualTo((double)ownBytesPerOperation, measured.BytesPerOperation, $"{measured}");
        Assert.IsLessThanOrEqualTo(ownBytesPerOperation + counterSlack, measured.BytesPerOperation, $"{measured}");
    }

    private static AllocationMeasurement Fewest(string benchmark) =>
        Enumerable.Range(0, 3).Select(_ => SuiteOperations.Measure(benchmark, AllocationsOnly)).MinBy(m => m.BytesPerOperation)!;
}
