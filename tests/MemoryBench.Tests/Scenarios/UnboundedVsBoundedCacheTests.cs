using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.Tests.Scenarios;

[TestClass]
public sealed class UnboundedVsBoundedCacheTests
{
    // The description of the one new id per call: both caches compute it.
    private const int Description = 56;

    // That description, one 24-byte entry and its 4-byte bucket.
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
    public void Both_caches_allocate_one_description_per_call()
    {
        var pair = new UnboundedVsBoundedCache();

        // At least, for the unbounded cache: its dictionary grows by resizing, and MemoryBench's counting amortises the
        // resizes over the calls when they fall in the counted span (after a unit test's warm-up they do).
        Assert.IsGreaterThanOrEqualTo(Description, Allocations.Measure(pair.UnboundedCache).BytesPerOperation);
        Assert.AreEqual(Description, Allocations.Measure(pair.BoundedCache).BytesPerOperation);
    }

    [TestMethod]
    public void Unbounded_cache_keeps_every_description_it_computed()
    {
        var pair = new UnboundedVsBoundedCache();

        var retained = Allocations.Measure(pair.UnboundedCache).Retained!.BytesPerOperation;

        // The dictionary's own storage grows in lumps, which the estimate may leave out; never more than doubled.
        Assert.IsGreaterThanOrEqualTo(Description, retained);
        Assert.IsLessThan(2 * BytesKeptPerNewId, retained);
        Assert.ThrowsExactly<AssertFailedException>(() => MemoryAssert.DoesNotLeak(pair.UnboundedCache));
    }

    [TestMethod]
    public void Bounded_cache_keeps_nothing_per_call()
    {
        var pair = new UnboundedVsBoundedCache();

        MemoryAssert.DoesNotLeak(pair.BoundedCache);
    }
}
