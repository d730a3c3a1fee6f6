using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;

namespace MemoryBench.IntegrationTests.Scenarios;

[TestClass]
public sealed class EagerListVsIteratorTests
{
    [TestMethod]
    [DataRow(1_000)]
    [DataRow(100_000)]
    public void Both_sides_return_the_same_total_length(int count)
    {
        var pair = new EagerListVsIterator { Count = count };

        Assert.AreEqual(pair.EagerList(), pair.Iterator());
    }

    [TestMethod]
    [DataRow(1_000)]
    [DataRow(100_000)]
    public void Iterator_allocates_less_than_the_eager_list(int count)
    {
        var pair = new EagerListVsIterator { Count = count };

        Assert.IsLessThan(Allocations.Measure(pair.EagerList).BytesPerOperation, Allocations.Measure(pair.Iterator).BytesPerOperation);
    }
}
