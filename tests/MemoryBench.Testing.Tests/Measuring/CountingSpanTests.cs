using MemoryBench.Testing.Measuring;

namespace MemoryBench.Testing.Tests.Measuring;

[TestClass]
public sealed class CountingSpanTests
{
    private const long CallsPerRound = 10_000;

    // 48 B a call: a 24-byte request and its 24-byte data, as the suite's side-table pair allocates.
    private const long SteadyRound = 48 * CallsPerRound;

    // A ConditionalWeakTable's container of 131,072 entries and buckets, reallocated when full.
    private const long Container = 2_621_544;

    private static readonly TimeSpan Early = TimeSpan.FromMilliseconds(10);

    [TestMethod]
    public void Steady_rounds_give_their_figure_to_the_byte_without_the_slack_of_rounds_with_a_collection()
    {
        var rounds = Rounds(30, i => i switch
        {
            5 => Read(SteadyRound + 2_504, collections: 1),
            17 => Read(SteadyRound + 16, collections: 1),
            _ => Read(SteadyRound),
        });

        var figure = Decided(rounds, Early);

        Assert.AreEqual(48d, figure.AllocatedBytes / (double)figure.Calls);
        Assert.AreEqual(0, figure.LumpPeriods);
        Assert.IsTrue(figure.IsSteady);
    }

    [TestMethod]
    public void A_lump_every_few_rounds_is_in_the_figure_over_whole_periods()
    {
        var rounds = Rounds(36, i => i % 6 == 2 ? Read(SteadyRound + Container, collections: 1) : Read(SteadyRound));

        var figure = Decided(rounds, Early);

        // From just after the lump of round 2 to the end of that of round 32: 30 rounds, 5 lumps.
        Assert.AreEqual((30 * SteadyRound) + (5 * Container), figure.AllocatedBytes);
        Assert.AreEqual(30 * CallsPerRound, figure.Calls);
        Assert.AreEqual(5, figure.LumpPeriods);
    }

    [TestMethod]
    public void A_small_lump_that_recurs_without_a_collection_is_the_codes_own()
    {
        var rounds = Rounds(30, i => i % 5 == 0 ? Read(SteadyRound + 4_096) : Read(SteadyRound));

        var figure = Decided(rounds, Early);

        // From just after the lump of round 0 to the end of that of round 25: 25 rounds, 5 lumps.
        Assert.AreEqual((25 * SteadyRound) + (5 * 4_096), figure.AllocatedBytes);
        Assert.AreEqual(5, figure.LumpPeriods);
    }

    [TestMethod]
    public void Slack_that_recurs_in_rounds_with_a_collection_is_left_out()
    {
        var rounds = Rounds(30, i => i % 5 == 0 ? Read(SteadyRound + 16, collections: 1) : Read(SteadyRound));

        var figure = Decided(rounds, Early);

        Assert.AreEqual(48d, figure.AllocatedBytes / (double)figure.Calls);
        Assert.AreEqual(0, figure.LumpPeriods);
    }

    [TestMethod]
    public void Counting_goes_on_until_the_rounds_cover_a_long_period_or_its_time()
    {
        var rounds = Rounds(10, _ => Read(SteadyRound));

        Assert.IsNull(CountingSpan.Decide(rounds, Early));
        Assert.IsNotNull(CountingSpan.Decide(rounds, CountingSpan.PeriodTime));
    }

    [TestMethod]
    public void A_lump_seen_once_is_waited_on_then_left_out_as_the_codes_once_only()
    {
        static Round Lump(int i) => i == 7 ? Read(SteadyRound + Container, collections: 1) : Read(SteadyRound);

        Assert.IsNull(CountingSpan.Decide(Rounds(30, Lump), Early));

        var figure = Decided(Rounds(100, Lump), Early);
        Assert.AreEqual(48d, figure.AllocatedBytes / (double)figure.Calls);
        Assert.AreEqual(0, figure.LumpPeriods);
    }

    [TestMethod]
    public void A_lump_seen_once_is_in_no_figure_when_time_is_up_either()
    {
        var rounds = Rounds(30, i => i == 7 ? Read(SteadyRound + Container, collections: 1) : Read(SteadyRound));

        var figure = Decided(rounds, CountingSpan.TimeLimit);

        Assert.AreEqual(48d, figure.AllocatedBytes / (double)figure.Calls);
    }

    [TestMethod]
    public void Lumps_that_grow_as_a_collection_doubles_are_left_out()
    {
        // A dictionary that keeps every call's entry doubles its storage at 2^15, 2^16, 2^17 and 2^18 entries.
        var doublings = new Dictionary<int, long> { [3] = 1_835_008, [6] = 3_670_016, [12] = 7_340_032, [25] = 14_680_064 };
        var rounds = Rounds(30, i => doublings.TryGetValue(i, out var lump) ? Read(SteadyRound + lump, collections: 1) : Read(SteadyRound));

        var figure = Decided(rounds, Early);

        Assert.AreEqual(48d, figure.AllocatedBytes / (double)figure.Calls);
        Assert.AreEqual(0, figure.LumpPeriods);
    }

    [TestMethod]
    public void A_periodic_lump_read_with_slack_is_the_same_lump()
    {
        var rounds = Rounds(36, i => i % 6 == 2 ? Read(SteadyRound + Container + (i == 14 ? 2_504 : 0), collections: 1) : Read(SteadyRound));

        var figure = Decided(rounds, Early);

        Assert.AreEqual(5, figure.LumpPeriods);
    }

    [TestMethod]
    public void Lumps_in_every_round_are_amortised_when_some_rounds_hold_one_more()
    {
        // A 16 KB buffer every 3,000 calls: rounds of 10,000 calls hold 3 of them, every third round 4.
        const long buffer = 16_408;
        var rounds = Rounds(30, i => Read(SteadyRound + ((i % 3 == 0 ? 4 : 3) * buffer)));

        var figure = Decided(rounds, Early);

        // Rounds 1 to 27: 27 rounds, 9 of them with the fourth buffer.
        Assert.AreEqual((27 * SteadyRound) + (((27 * 3) + 9) * buffer), figure.AllocatedBytes);
        Assert.AreEqual(27 * CallsPerRound, figure.Calls);
    }

    [TestMethod]
    public void Rounds_that_never_agree_give_their_average_and_are_not_steady()
    {
        var rounds = Rounds(30, i => Read(SteadyRound + (i * 100_000)));

        Assert.IsNull(CountingSpan.Decide(rounds.Take(CountingSpan.UnsteadyRounds - 1).ToList(), CountingSpan.PeriodTime));

        var figure = Decided(rounds, Early);
        Assert.AreEqual(rounds.Sum(round => round.AllocatedBytes), figure.AllocatedBytes);
        Assert.IsFalse(figure.IsSteady);
    }

    private static CountedFigure Decided(IReadOnlyList<Round> rounds, TimeSpan elapsed) =>
        CountingSpan.Decide(rounds, elapsed) ?? throw new AssertFailedException("Counting went on where it should have stopped.");

    private static List<Round> Rounds(int count, Func<int, Round> round) => [.. Enumerable.Range(0, count).Select(round)];

    private static Round Read(long bytes, int collections = 0) =>
        new(CallsPerRound, bytes, AllocationCounting.CurrentThread, new Collections(collections, 0, 0), TimeSpan.FromMilliseconds(1));
}
