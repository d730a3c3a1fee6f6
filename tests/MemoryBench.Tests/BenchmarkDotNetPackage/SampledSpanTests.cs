using MemoryBench.Attribution;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.BenchmarkDotNetPackage;

[TestClass]
public sealed class SampledSpanTests
{
    private static readonly SampledSpan Span = new(SamplingEvent.AllocationSampled, 768_000, 657_408_000, [(100, 200), (210, 300), (320, 400)]);

    [TestMethod]
    public void Only_timestamps_inside_one_of_the_spans_chunks_are_in_the_span()
    {
        Assert.IsTrue(Span.Contains(100));
        Assert.IsTrue(Span.Contains(250));
        Assert.IsTrue(Span.Contains(400));
        // Before the span, between two chunks (the stage's own work), after it.
        Assert.IsFalse(Span.Contains(99));
        Assert.IsFalse(Span.Contains(205));
        Assert.IsFalse(Span.Contains(401));
    }

    [TestMethod]
    public void A_span_reads_back_as_the_benchmark_process_wrote_it()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("run.span");

        Span.Write(path);
        var read = SampledSpan.Read(path);

        Assert.AreEqual(Span.SampledBy, read.SampledBy);
        Assert.AreEqual(Span.Operations, read.Operations);
        Assert.AreEqual(Span.AllocatedBytes, read.AllocatedBytes);
        CollectionAssert.AreEqual(Span.Windows.ToArray(), read.Windows.ToArray());
    }

    [TestMethod]
    public void A_file_that_is_not_a_span_is_refused()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("broken.span");
        File.WriteAllText(path, "not a span\n");

        Assert.ThrowsExactly<FormatException>(() => SampledSpan.Read(path));
    }
}
