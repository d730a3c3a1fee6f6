using MemoryBench.Counting;

namespace MemoryBench.Tests.Counting;

[TestClass]
public sealed class SpanChoiceTests
{
    [TestMethod]
    public void The_span_runs_from_just_after_the_first_lump_to_the_end_of_the_last()
    {
        var workload = new PeriodicWorkload(SteadyBytes: 0, LumpBytes: 1 << 20, Period: 50_000, ChunkCalls: 10_000, Phase: 1);
        var chunks = Enumerable.Range(0, 22).Select(workload.Chunk).ToArray();

        var span = SpanChoice.Choose(chunks, LumpDetection.Find(chunks, 8 * 1024));

        // Lumps in chunks 4, 9, 14 and 19: chunks 5 to 19, three whole periods.
        Assert.IsTrue(span.AlignedToLumps);
        Assert.AreEqual(5, span.First);
        Assert.AreEqual(15, span.Count);
        Assert.AreEqual(3, span.Lumps);
        Assert.AreEqual(3L << 20, span.AllocatedBytes);
        Assert.AreEqual(150_000, span.Operations);
    }

    [TestMethod]
    public void Without_two_lumps_every_chunk_counts()
    {
        var chunks = Enumerable.Range(0, 10).Select(i => new ChunkReading(100, i == 6 ? 1 << 20 : 2_400, 0, 0, 0)).ToArray();

        var span = SpanChoice.Choose(chunks, LumpDetection.Find(chunks, 8 * 1024));

        Assert.IsFalse(span.AlignedToLumps);
        Assert.AreEqual(0, span.First);
        Assert.AreEqual(10, span.Count);
        Assert.AreEqual(1_000, span.Operations);
        Assert.AreEqual((9 * 2_400) + (1 << 20), span.AllocatedBytes);
    }

    [TestMethod]
    public void The_span_sums_the_collections_of_its_chunks_only()
    {
        var chunks = new[]
        {
            new ChunkReading(10, 100_000, 9, 9, 9),
            new ChunkReading(10, 0, 1, 0, 0),
            new ChunkReading(10, 0, 0, 1, 0),
            new ChunkReading(10, 100_000, 1, 0, 0),
            new ChunkReading(10, 0, 0, 0, 1),
            new ChunkReading(10, 0, 1, 0, 0),
            new ChunkReading(10, 100_000, 1, 0, 0),
        };

        var span = SpanChoice.Choose(chunks, LumpDetection.Find(chunks, 8 * 1024));

        Assert.AreEqual(1, span.First);
        Assert.AreEqual(4, span.Gen0Collections);
        Assert.AreEqual(1, span.Gen1Collections);
        Assert.AreEqual(1, span.Gen2Collections);
    }
}
