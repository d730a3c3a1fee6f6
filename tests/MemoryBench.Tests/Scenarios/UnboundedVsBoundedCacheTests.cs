using MemoryBench.Benchmarks.Scenarios;

namespace MemoryBench.Tests.Scenarios;

[TestClass]
public sealed class UnboundedVsBoundedCacheTests
{
    private const int Calls = 20_000;

    // One 56-byte description, one 24-byte entry and its 4-byte bucket.
    private const int BytesKeptPerNewId = 84;

    [TestCleanup]
    public void EmptyCaches() => UnboundedVsBoundedCache.EmptyCaches();

    [TestMethod]
    public void Both_caches_serve_the_same_pages()
    {
        var unbounded = new UnboundedVsBoundedCache();
        var bounded = new UnboundedVsBoundedCache();

        for (var page = 0; page < 200; page++)
        {
            Assert.AreEqual(unbounded.UnboundedCache(), bounded.BoundedCache());
        }
    }

    [TestMethod]
    public void Bounded_cache_allocates_less_than_the_unbounded_one_counting_its_growth()
    {
        var pair = new UnboundedVsBoundedCache();

        var leaky = Allocations.PerCall(pair.UnboundedCache, Calls);
        var fixedSide = Allocations.PerCall(pair.BoundedCache, Calls);

        Assert.IsLessThan(leaky, fixedSide);
    }

    [TestMethod]
    public void Unbounded_cache_keeps_every_description_it_computed()
    {
        var pair = new UnboundedVsBoundedCache();

        var retained = Retention.BytesPerCall(pair.UnboundedCache, Calls);

        Assert.IsGreaterThan(BytesKeptPerNewId - Retention.Noise, retained);
        // Beyond those, only the spare entries the dictionary reserved when it last doubled.
        Assert.IsLessThan(2 * BytesKeptPerNewId, retained);
    }

    [TestMethod]
    public void Bounded_cache_keeps_nothing_per_call()
    {
        var pair = new UnboundedVsBoundedCache();

        Assert.IsLessThan(Retention.Noise, Retention.BytesPerCall(pair.BoundedCache, Calls));
    }
}
