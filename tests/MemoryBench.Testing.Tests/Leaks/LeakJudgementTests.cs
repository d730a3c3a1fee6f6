using MemoryBench.Testing.Leaks;

namespace MemoryBench.Testing.Tests.Leaks;

/// <summary>
/// Judgements of readings built in code: batches of equal length, each followed by a control as long, beside a neighbour
/// that fills a cache by the same bytes in every batch and every control (0.25 B per call of a batch, above the
/// threshold), and in some cases lets it go when it is full.
/// </summary>
[TestClass]
public sealed class LeakJudgementTests
{
    private const long CallsPerBatch = 2_000_000;

    private const double Threshold = 0.2;

    private const long NeighbourKeptPerPeriod = 500_000;

    [TestMethod]
    public void Calls_that_keep_nothing_pass_beside_a_neighbour_that_fills_a_cache_and_lets_it_go_when_full()
    {
        var judgement = LeakJudgement.Judge(Readings(keptPerCall: 0, cacheLetGoAt: 2_500_000), window: 8, Threshold, previous: null);

        Assert.AreEqual(LeakVerdict.KeepsWithinThreshold, judgement.Verdict);
        Assert.AreEqual(0, judgement.Retained.BytesPerOperation, 1e-9);
    }

    [TestMethod]
    public void Calls_that_keep_nothing_never_read_as_keeping_more_beside_a_neighbour_that_keeps_filling_its_cache()
    {
        var judgement = LeakJudgement.Judge(Readings(keptPerCall: 0, cacheLetGoAt: long.MaxValue), window: 8, Threshold, previous: null);

        Assert.AreNotEqual(LeakVerdict.KeepsMore, judgement.Verdict);
        Assert.AreEqual(0, judgement.Retained.BytesPerOperation, 1e-9);
    }

    [TestMethod]
    public void Calls_that_keep_24_bytes_each_beside_the_same_neighbour_keep_more_and_read_about_24_bytes_per_call()
    {
        var judgement = LeakJudgement.Judge(Readings(keptPerCall: 24, cacheLetGoAt: 2_500_000), window: 8, Threshold, previous: null);

        Assert.AreEqual(LeakVerdict.KeepsMore, judgement.Verdict);
        Assert.AreEqual(24, judgement.Retained.BytesPerOperation, 0.5);
    }

    [TestMethod]
    public void Calls_that_allocated_nothing_pass_only_once_enough_of_them_were_made_to_show_an_allocation_every_100th_call()
    {
        Assert.AreEqual(LeakVerdict.Undecided, LeakJudgement.Judge(NothingAllocated(firstBatch: 1), window: 5, Threshold, previous: null).Verdict);
        Assert.AreEqual(LeakVerdict.KeepsWithinThreshold, LeakJudgement.Judge(NothingAllocated(firstBatch: 391), window: 5, Threshold, previous: null).Verdict);
    }

    // Five doubling batches counted on the calling thread that allocated nothing, beside a neighbour that makes the heap
    // move by a megabyte either way: only the calls' own allocation can decide.
    private static List<HeapReading> NothingAllocated(long firstBatch)
    {
        var readings = new List<HeapReading> { new(0, 10_000_000, 0, 0, CountedOnThread: true, 0) };
        for (var batch = 0; batch < 5; batch++)
        {
            var last = readings[^1];
            readings.Add(last with
            {
                Calls = last.Calls + (firstBatch << batch),
                SurvivingBytes = last.SurvivingBytes + (batch % 2 == 0 ? 1_000_000 : -900_000),
            });
        }

        return readings;
    }

    // The first reading, then one per batch: the heap after the batch's control, and the controls' gains so far. The
    // neighbour's cache grows in every period (a batch or a control) and is let go once it holds cacheLetGoAt bytes.
    private static List<HeapReading> Readings(long keptPerCall, long cacheLetGoAt)
    {
        const long Base = 10_000_000;
        var cache = 0L;
        var kept = 0L;
        long Period()
        {
            cache += NeighbourKeptPerPeriod;
            if (cache >= cacheLetGoAt)
            {
                cache = 0;
            }

            return Base + kept + cache;
        }

        var readings = new List<HeapReading> { new(0, Base, 0, 0, CountedOnThread: false, 0) };
        for (var batch = 1; batch <= 10; batch++)
        {
            var last = readings[^1];
            kept += keptPerCall * CallsPerBatch;
            var afterBatch = Period();
            var afterControl = Period();
            readings.Add(new HeapReading(
                last.Calls + CallsPerBatch,
                afterControl,
                last.CallsAllocatedBytes + (100 * CallsPerBatch),
                last.OtherAllocatedBytes + 1_000_000_000,
                CountedOnThread: false,
                last.OthersKeptBytes + (afterControl - afterBatch),
                FollowedByControl: true));
        }

        return readings;
    }
}
