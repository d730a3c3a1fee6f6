using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.Testing.Consumer;

/// <summary>
/// A user's memory promises about a small parser, written against the packages from the feed: the test file of a
/// project that `dotnet new mstest` made (its MSTestSettings.cs runs tests in parallel, method by method).
/// </summary>
[TestClass]
public sealed class ParserTests
{
    private const string Line = "12,7,300,41";

    [TestMethod]
    public void Summing_the_fields_of_a_span_allocates_nothing() => MemoryAssert.AllocatesNothing(() => SumFields(Line));

    [AllocatesNothing]
    public void Summing_declared_on_the_method_allocates_nothing() => Assert.AreEqual(360, SumFields(Line));

    [TestMethod]
    public void Splitting_allocates_its_strings_and_passes_a_limit_set_at_its_figure()
    {
        var measured = Allocations.Measure(() => SumBySplitting(Line));

        Assert.IsGreaterThan(0d, measured.BytesPerOperation);
        Assert.AreEqual(AllocationCounting.CurrentThread, measured.Counting);
        MemoryAssert.AllocatesAtMost((long)measured.BytesPerOperation, () => SumBySplitting(Line));
    }

    [TestMethod]
    public void Splitting_fails_AllocatesNothing_and_says_what_it_allocated()
    {
        var failure = Assert.ThrowsExactly<AssertFailedException>(() => MemoryAssert.AllocatesNothing(() => SumBySplitting(Line)));

        StringAssert.Contains(failure.Message, "System.String");
    }

    [TestMethod]
    public void Parsing_keeps_nothing() => MemoryAssert.DoesNotLeak(() => SumBySplitting(Line));

    // Field by field with IndexOf: a span's Split(char) came with .NET 9, and this project also runs on .NET 8.
    private static int SumFields(ReadOnlySpan<char> line)
    {
        var total = 0;
        while (true)
        {
            var comma = line.IndexOf(',');
            total += int.Parse(comma < 0 ? line : line[..comma], System.Globalization.CultureInfo.InvariantCulture);
            if (comma < 0)
            {
                return total;
            }

            line = line[(comma + 1)..];
        }
    }

    private static int SumBySplitting(string line) =>
        line.Split(',').Sum(field => int.Parse(field, System.Globalization.CultureInfo.InvariantCulture));
}
