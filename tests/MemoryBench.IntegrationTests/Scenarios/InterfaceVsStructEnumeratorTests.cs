using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.IntegrationTests.Scenarios;

[TestClass]
public sealed class InterfaceVsStructEnumeratorTests
{
    [TestMethod]
    public void Both_sides_return_the_same_total()
    {
        var pair = new InterfaceVsStructEnumerator();

        Assert.AreEqual(pair.InterfaceEnumerator(), pair.StructEnumerator());
    }

    [TestMethod]
    public void Interface_enumerator_is_boxed_on_the_heap()
    {
        var pair = new InterfaceVsStructEnumerator();

        Assert.IsGreaterThan(0, Allocations.Measure(pair.InterfaceEnumerator).BytesPerOperation);
    }

    [TestMethod]
    public void Struct_enumerator_allocates_nothing()
    {
        var pair = new InterfaceVsStructEnumerator();

        MemoryAssert.AllocatesNothing(pair.StructEnumerator);
    }
}
