using MemoryBench.Benchmarks.Scenarios;

namespace MemoryBench.Tests.Scenarios;

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

        Assert.IsGreaterThan(0, Allocations.Of(pair.LinqChain));
    }

    [TestMethod]
    public void Plain_loop_allocates_nothing()
    {
        var pair = new LinqVsLoop();

        Assert.AreEqual(0, Allocations.Of(pair.PlainLoop));
    }
}
