using MemoryBench.Counting;

namespace MemoryBench.Tests.Counting;

[TestClass]
public sealed class LumpDetectionTests
{
    [TestMethod]
    public void A_steady_series_has_no_lumps()
    {
        var chunks = Enumerable.Repeat(new ChunkReading(1_000, 39_000_000, 4, 0, 0), 30).ToArray();

        var lumps = LumpDetection.Find(chunks, 8 * 1024);

        Assert.IsEmpty(lumps.Indices);
        Assert.AreEqual(39_000, lumps.SteadyBytesPerOperation);
    }

    [TestMethod]
    public void A_buffer_replaced_every_fifth_chunk_is_found_in_each_of_those_chunks()
    {
        var workload = new PeriodicWorkload(SteadyBytes: 24, LumpBytes: 1 << 20, Period: 50_000, ChunkCalls: 10_000, Phase: 1);
        var chunks = Enumerable.Range(0, 30).Select(workload.Chunk).ToArray();

        var lumps = LumpDetection.Find(chunks, 8 * 1024);

        CollectionAssert.AreEqual(new[] { 4, 9, 14, 19, 24, 29 }, lumps.Indices.ToArray());
        Assert.AreEqual(24, lumps.SteadyBytesPerOperation);
    }

    [TestMethod]
    public void Other_threads_few_hundred_bytes_are_not_lumps()
    {
        var chunks = Enumerable.Range(0, 30)
            .Select(i => new ChunkReading(10_000, 240_000 + (i % 7 == 0 ? 700 : 0), 0, 0, 0))
            .ToArray();

        Assert.IsEmpty(LumpDetection.Find(chunks, 8 * 1024).Indices);
    }

    [TestMethod]
    public void A_lump_smaller_than_a_hundredth_of_a_steady_chunk_is_part_of_the_steady_level()
    {
        // 39 MB a chunk: a 64 KB buffer now and then moves the figure by less than 0.2 %.
        var chunks = Enumerable.Range(0, 30)
            .Select(i => new ChunkReading(1_000, 39_000_000 + (i % 5 == 0 ? 65_536 : 0), 4, 0, 0))
            .ToArray();

        Assert.IsEmpty(LumpDetection.Find(chunks, 8 * 1024).Indices);
    }

    [TestMethod]
    public void The_largest_deviation_is_reported_even_below_the_threshold()
    {
        var chunks = Enumerable.Range(0, 10).Select(i => new ChunkReading(100, i == 3 ? 5_000 : 0, 0, 0, 0)).ToArray();

        var lumps = LumpDetection.Find(chunks, 8 * 1024);

        Assert.IsEmpty(lumps.Indices);
        Assert.AreEqual(5_000, lumps.LargestDeviationBytes);
    }

    [TestMethod]
    public void Chunks_short_of_a_lump_count_as_deviation_when_most_chunks_hold_one()
    {
        // A 16 KB lump in 3 chunks of 4: the steady level holds it, and the fourth chunk is 16 KB short.
        var chunks = Enumerable.Range(0, 12).Select(i => new ChunkReading(5_000, i % 4 == 3 ? 0 : 16_384, 0, 0, 0)).ToArray();

        Assert.AreEqual(16_384, LumpDetection.Find(chunks, 8 * 1024).LargestDeviationBytes);
    }

    [TestMethod]
    public void Lumps_in_every_other_chunk_are_found_when_they_fill_half_the_chunks()
    {
        // The middle of ten chunks, five with a lump, is half-way up a lump: each chunk deviated from it by half a lump.
        var chunks = Enumerable.Range(0, 10).Select(i => new ChunkReading(12_645, i % 2 == 0 ? 26_940 : 0, 0, 0, 0)).ToArray();

        var lumps = LumpDetection.Find(chunks, 8 * 1024);

        CollectionAssert.AreEqual(new[] { 0, 2, 4, 6, 8 }, lumps.Indices.ToArray());
        Assert.AreEqual(0, lumps.SteadyBytesPerOperation);
    }
}
