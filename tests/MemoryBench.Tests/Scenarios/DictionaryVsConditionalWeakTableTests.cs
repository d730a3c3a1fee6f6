using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.Tests.Scenarios;

[TestClass]
public sealed class DictionaryVsConditionalWeakTableTests
{
    // A 24-byte request and its 24-byte data: what every call allocates and, on the leaky side, keeps.
    private const int RequestAndData = 48;

    // Those, a 24-byte entry and its 4-byte bucket.
    private const int BytesKeptPerCall = 76;

    [TestCleanup]
    public void ForgetRequests() => DictionaryVsConditionalWeakTable.ForgetRequests();

    [TestMethod]
    public void Both_tables_give_the_same_results()
    {
        var strong = new DictionaryVsConditionalWeakTable();
        var weak = new DictionaryVsConditionalWeakTable();

        for (var call = 0; call < 200; call++)
        {
            Assert.AreEqual(strong.StrongDictionary(), weak.WeakConditionalTable());
        }
    }

    [TestMethod]
    public void Both_tables_allocate_the_request_and_its_data_on_every_call()
    {
        var pair = new DictionaryVsConditionalWeakTable();

        // At least: the dictionary that never lets go grows by resizing, and MemoryBench's counting amortises its resizes
        // over the calls when they fall in the counted span (after a unit test's warm-up they do).
        Assert.IsGreaterThanOrEqualTo(RequestAndData, Allocations.Measure(pair.StrongDictionary).BytesPerOperation);
        Assert.IsGreaterThanOrEqualTo(RequestAndData, Allocations.Measure(pair.WeakConditionalTable).BytesPerOperation);
    }

    [TestMethod]
    public void Dictionary_keeps_every_request_and_its_data()
    {
        var pair = new DictionaryVsConditionalWeakTable();

        var retained = Allocations.Measure(pair.StrongDictionary).Retained!.BytesPerOperation;

        // The dictionary's own storage grows in lumps, which the estimate may leave out; never more than doubled.
        Assert.IsGreaterThanOrEqualTo(RequestAndData, retained);
        Assert.IsLessThan(2 * BytesKeptPerCall, retained);
        Assert.ThrowsExactly<AssertFailedException>(() => MemoryAssert.DoesNotLeak(pair.StrongDictionary));
    }

    [TestMethod]
    public void Weak_table_lets_requests_and_their_data_go()
    {
        var pair = new DictionaryVsConditionalWeakTable();

        // What stays is the table's own container, which grows with the keys it has seen (25-33 B per call, as the
        // suite's Retained/op reads it too): less than one request and its data, which all go.
        MemoryAssert.DoesNotLeak(RequestAndData, () => _ = pair.WeakConditionalTable());
    }
}
