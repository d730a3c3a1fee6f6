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
        var chunks = Enumerable.Repeat(new ChunkReading(12_500, 0, 0, 0, 0), 20).ToArray();

        var decision = StopRule.Decide(chunks, TimeSpan.FromMilliseconds(100), CountingRules.For(250_000, 8 << 20));

        Assert.IsTrue(decision.Stop);
        Assert.AreEqual("volume out of reach in the time limit", decision.Reason);
        Assert.AreEqual(250_000, decision.Span.Operations);
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
        // One lump of 1 MiB in 25 chunks of 10,000 calls: it could be a period's lump cut in two, 4 B/op either way.
        var chunks = Enumerable.Range(0, 25).Select(i => new ChunkReading(10_000, i == 7 ? 1 << 20 : 0, 0, 0, 0)).ToArray();

        var decision = StopRule.Decide(chunks, TimeSpan.FromMilliseconds(125), Rules);

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

    [TestMethod]
    public void A_lump_seen_once_in_a_benchmark_that_allocates_nothing_stops_once_it_weighs_under_a_twentieth_of_a_byte()
    {
        // 12 KB once (a method compiled, say): under 0.05 B/op from 246,720 operations on.
        ChunkReading[] Chunks(int count) =>
            Enumerable.Range(0, count).Select(i => new ChunkReading(10_000, i == 3 ? 12_336 : 0, 0, 0, 0)).ToArray();

        var early = StopRule.Decide(Chunks(24), TimeSpan.FromMilliseconds(120), Rules);
        var done = StopRule.Decide(Chunks(25), TimeSpan.FromMilliseconds(125), Rules);

        Assert.IsFalse(early.Stop);
        Assert.IsTrue(done.Stop);
    }

    [TestMethod]
    public void A_short_iteration_of_a_loaded_machine_is_counted_past_a_long_period()
    {
        // 12,400 calls an iteration under load: a buffer replaced every 100,000th call would fall outside it.
        var rules = CountingRules.For(minimumOperations: 12_400, gen0BudgetBytes: 8 << 20);
        ChunkReading[] Chunks(int count) => Enumerable.Repeat(new ChunkReading(620, 0, 0, 0, 0), count).ToArray();

        Assert.IsFalse(StopRule.Decide(Chunks(20), TimeSpan.FromMilliseconds(100), rules).Stop);
        Assert.IsTrue(StopRule.Decide(Chunks(404), TimeSpan.FromMilliseconds(900), rules).Stop);
        Assert.IsTrue(StopRule.Decide(Chunks(40), TimeSpan.FromSeconds(1), rules).Stop);
    }
}
