using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;

namespace MemoryBench.IntegrationTests.Scenarios;

[TestClass]
public sealed class StringConcatVsBuilderTests
{
    [TestMethod]
    [DataRow(16)]
    [DataRow(1_024)]
    public void Both_sides_build_the_same_line(int parts)
    {
        var pair = Create(parts);

        Assert.AreEqual(pair.Concatenation(), pair.Builder());
    }

    [TestMethod]
    [DataRow(16)]
    [DataRow(1_024)]
    public void Builder_allocates_less_than_concatenation(int parts)
    {
        var pair = Create(parts);

        Assert.IsLessThan(Allocations.Measure(pair.Concatenation).BytesPerOperation, Allocations.Measure(pair.Builder).BytesPerOperation);
    }

    private static StringConcatVsBuilder Create(int parts)
    {
        var pair = new StringConcatVsBuilder { Parts = parts };
        pair.CreateValues();
        return pair;
    }
}
