using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.IntegrationTests.Scenarios;

[TestClass]
public sealed class LinqVsLoopTests
{
    [TestMethod]
    public void Both_sides_return_the_same_total()
    {
        var pair = new LinqVsLoop();

        Assert.AreEqual(pair.LinqChain(), pair.PlainLoop());
    }

    [TestMethod]
    public void Linq_chain_allocates_its_iterators_and_list()
    {
        var pair = new LinqVsLoop();

        Assert.IsGreaterThan(0, Allocations.Measure(pair.LinqChain).BytesPerOperation);
    }

    [TestMethod]
    public void Plain_loop_allocates_nothing()
    {
        var pair = new LinqVsLoop();

        MemoryAssert.AllocatesNothing(pair.PlainLoop);
    }
}
