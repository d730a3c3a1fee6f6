using MemoryBench.Benchmarks.Scenarios;

namespace MemoryBench.Tests.Scenarios;

[TestClass]
public sealed class DictionaryVsConditionalWeakTableTests
{
    private const int Calls = 20_000;

    // A 24-byte request, its 24-byte data, a 24-byte entry and its 4-byte bucket.
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
    public void Weak_table_allocates_less_than_the_dictionary_counting_its_growth()
    {
        var pair = new DictionaryVsConditionalWeakTable();

        var leaky = Allocations.PerCall(pair.StrongDictionary, Calls);
        var fixedSide = Allocations.PerCall(pair.WeakConditionalTable, Calls);

        Assert.IsLessThan(leaky, fixedSide);
    }

    [TestMethod]
    public void Dictionary_keeps_every_request_and_its_data()
    {
        var pair = new DictionaryVsConditionalWeakTable();

        var retained = Retention.BytesPerCall(pair.StrongDictionary, Calls);

        Assert.IsGreaterThan(BytesKeptPerCall - Retention.Noise, retained);
        // Beyond those, only the spare entries the dictionary reserved when it last doubled.
        Assert.IsLessThan(2 * BytesKeptPerCall, retained);
    }

    [TestMethod]
    public void Weak_table_lets_requests_and_their_data_go()
    {
        var pair = new DictionaryVsConditionalWeakTable();

        Assert.IsLessThan(Retention.Noise, Retention.BytesPerCall(pair.WeakConditionalTable, Calls));
    }
}
