using MemoryBench.Counting;

namespace MemoryBench.Tests.Counting;

[TestClass]
public sealed class ChunkPlanTests
{
    [TestMethod]
    public void A_chunk_is_a_twentieth_of_an_iteration_in_whole_unrolled_calls()
    {
        Assert.AreEqual(14_256, ChunkPlan.InvocationsPerChunk(285_136, 16));
    }

    [TestMethod]
    public void A_chunk_is_never_less_than_one_unrolled_call()
    {
        Assert.AreEqual(16, ChunkPlan.InvocationsPerChunk(32, 16));
        Assert.AreEqual(1, ChunkPlan.InvocationsPerChunk(3, 1));
    }
}
