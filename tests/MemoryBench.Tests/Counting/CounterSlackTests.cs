using MemoryBench.Counting;

namespace MemoryBench.Tests.Counting;

[TestClass]
public sealed class CounterSlackTests
{
    // 48 B a call over chunks of 10,000 calls; the chunks with a collection read a retired allocation context's slack.
    private const long SteadyChunk = 48 * 10_000;

    private static readonly ChunkReading[] Chunks = [.. Enumerable.Range(0, 30).Select(i => i switch
    {
        5 => new ChunkReading(10_000, SteadyChunk + 2_504, 1, 0, 0),
        17 => new ChunkReading(10_000, SteadyChunk + 16, 1, 0, 0),
        _ => new ChunkReading(10_000, SteadyChunk, 0, 0, 0),
    })];

    private static readonly CountingRules EngineRules = CountingRules.For(minimumOperations: 30_000, gen0BudgetBytes: 0);

    [TestMethod]
    public void Slack_in_chunks_with_a_collection_is_left_out_when_the_rules_allow_it()
    {
        var decision = StopRule.Decide(Chunks, TimeSpan.FromMilliseconds(300), EngineRules with { CounterSlackBytes = 8 * 1024 });

        Assert.AreEqual(48d, decision.Span.BytesPerOperation);
    }

    [TestMethod]
    public void The_counting_engine_counts_every_chunk_as_read()
    {
        var decision = StopRule.Decide(Chunks, TimeSpan.FromMilliseconds(300), EngineRules);

        Assert.AreEqual((30 * SteadyChunk) + 2_504 + 16, decision.Span.AllocatedBytes);
    }

    [TestMethod]
    public void A_small_lump_of_the_codes_own_in_a_chunk_without_a_collection_is_counted()
    {
        var chunks = Enumerable.Range(0, 30).Select(i => new ChunkReading(10_000, SteadyChunk + (i % 5 == 0 ? 4_096 : 0), 0, 0, 0)).ToArray();

        var decision = StopRule.Decide(chunks, TimeSpan.FromMilliseconds(300), EngineRules with { CounterSlackBytes = 8 * 1024 });

        Assert.AreEqual((30 * SteadyChunk) + (6 * 4_096), decision.Span.AllocatedBytes);
    }
}
