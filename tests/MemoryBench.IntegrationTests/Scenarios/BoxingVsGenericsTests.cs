using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;

namespace MemoryBench.IntegrationTests.Scenarios;

[TestClass]
public sealed class BoxingVsGenericsTests
{
    private const int Readings = 1_000;
    private const int BoxSize = 24;

    [TestMethod]
    public void Both_sides_return_the_same_total()
    {
        var pair = new BoxingVsGenerics();

        Assert.AreEqual(pair.Boxing(), pair.Generic());
    }

    [TestMethod]
    public void Boxing_allocates_a_box_per_reading()
    {
        var pair = new BoxingVsGenerics();

        Assert.IsGreaterThan(Readings * BoxSize, Allocations.Measure(pair.Boxing).BytesPerOperation);
    }

    [TestMethod]
    public void Generic_list_allocates_less_than_boxing()
    {
        var pair = new BoxingVsGenerics();

        Assert.IsLessThan(Allocations.Measure(pair.Boxing).BytesPerOperation, Allocations.Measure(pair.Generic).BytesPerOperation);
    }
}
