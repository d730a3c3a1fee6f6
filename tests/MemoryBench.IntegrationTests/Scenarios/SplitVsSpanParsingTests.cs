using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.IntegrationTests.Scenarios;

[TestClass]
public sealed class SplitVsSpanParsingTests
{
    [TestMethod]
    public void Both_sides_return_the_same_total()
    {
        var pair = new SplitVsSpanParsing();

        Assert.AreEqual(pair.SplitStrings(), pair.SliceSpans());
    }

    [TestMethod]
    public void Split_allocates_strings_for_lines_and_fields()
    {
        var pair = new SplitVsSpanParsing();

        Assert.IsGreaterThan(0, Allocations.Measure(pair.SplitStrings).BytesPerOperation);
    }

    [TestMethod]
    public void Span_slices_allocate_nothing()
    {
        var pair = new SplitVsSpanParsing();

        MemoryAssert.AllocatesNothing(pair.SliceSpans);
    }
}
