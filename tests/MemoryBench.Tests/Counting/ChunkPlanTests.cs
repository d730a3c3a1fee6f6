using MemoryBench.Counting;

namespace MemoryBench.Tests.Counting;

[TestClass]
public sealed class ChunkPlanTests
{
    [TestMethod]
    public void A_chunk_runs_two_and_a_half_milliseconds_in_whole_unrolled_calls()
    {
        Assert.AreEqual(14_256, ChunkPlan.InvocationsPerChunk(285_136, TimeSpan.FromMilliseconds(50), 16));
        Assert.AreEqual(35_632, ChunkPlan.InvocationsPerChunk(285_136, TimeSpan.FromMilliseconds(20), 16));
    }

    [TestMethod]
    public void An_iteration_of_few_invocations_makes_chunks_of_more_of_them_not_thousands_of_chunks()
    {
        // BenchmarkDotNet's pilot settled on 80 invocations of a 10 µs benchmark: its iteration ran 0.8 ms, not 20.
        Assert.AreEqual(250, ChunkPlan.InvocationsPerChunk(80, TimeSpan.FromMilliseconds(0.8), 1));
    }

    [TestMethod]
    public void A_chunk_is_never_less_than_one_unrolled_call()
    {
        Assert.AreEqual(16, ChunkPlan.InvocationsPerChunk(32, TimeSpan.FromMilliseconds(50), 16));
        Assert.AreEqual(1, ChunkPlan.InvocationsPerChunk(3, TimeSpan.FromSeconds(1), 1));
    }

    [TestMethod]
    public void An_iteration_without_a_duration_makes_chunks_of_a_twentieth_of_it()
    {
        Assert.AreEqual(14_256, ChunkPlan.InvocationsPerChunk(285_136, TimeSpan.Zero, 16));
    }
}
