using MemoryBench.Counting;

namespace MemoryBench.Tests.Counting;

[TestClass]
public sealed class StopRuleTests
{
    private static readonly CountingRules Rules = CountingRules.For(minimumOperations: 200_000, gen0BudgetBytes: 8 << 20);

    [TestMethod]
    public void Counting_goes_on_until_the_span_holds_one_iteration_of_operations()
    {
        var chunks = Enumerable.Repeat(new ChunkReading(10_000, 0, 0, 0, 0), 19).ToArray();

        var decision = StopRule.Decide(chunks, TimeSpan.FromMilliseconds(95), Rules);

        Assert.IsFalse(decision.Stop);
    }

    [TestMethod]
    public void A_benchmark_that_allocates_nothing_stops_at_one_iteration()
    {
        var chunks = Enumerable.Repeat(new ChunkReading(10_000, 0, 0, 0, 0), 20).ToArray();

        var decision = StopRule.Decide(chunks, TimeSpan.FromMilliseconds(100), Rules);

        Assert.IsTrue(decision.Stop);
        Assert.AreEqual("volume out of reach in the time limit", decision.Reason);
        Assert.AreEqual(200_000, decision.Span.Operations);
    }

    [TestMethod]
    public void A_steady_allocation_goes_on_until_sixteen_gen0_budgets_are_counted()
    {
        // 4 MiB a chunk, 5 ms a chunk: 128 MiB after 32 chunks.
        var chunk = new ChunkReading(10_000, 4 << 20, 0, 0, 0);

        var early = StopRule.Decide(Enumerable.Repeat(chunk, 31).ToArray(), TimeSpan.FromMilliseconds(155), Rules);
        var done = StopRule.Decide(Enumerable.Repeat(chunk, 32).ToArray(), TimeSpan.FromMilliseconds(160), Rules);

        Assert.IsFalse(early.Stop);
        Assert.AreEqual("volume not yet reached", early.Reason);
        Assert.IsTrue(done.Stop);
        Assert.AreEqual("volume reached", done.Reason);
    }

    [TestMethod]
    public void Lumps_not_yet_amortised_keep_counting()
    {
        // One lump of 1 MiB in 20 chunks of 10,000 calls: it could be a period's lump cut in two, 5 B/op either way.
        var chunks = Enumerable.Range(0, 20).Select(i => new ChunkReading(10_000, i == 7 ? 1 << 20 : 0, 0, 0, 0)).ToArray();

        var decision = StopRule.Decide(chunks, TimeSpan.FromMilliseconds(100), Rules);

        Assert.IsFalse(decision.Stop);
        Assert.AreEqual("lumps not yet amortised", decision.Reason);
    }

    [TestMethod]
    public void The_time_limit_stops_counting_whatever_else_holds()
    {
        var chunks = Enumerable.Repeat(new ChunkReading(10, 0, 0, 0, 0), 3).ToArray();

        var decision = StopRule.Decide(chunks, Rules.TimeLimit, Rules);

        Assert.IsTrue(decision.Stop);
        Assert.AreEqual("time limit", decision.Reason);
    }
}
