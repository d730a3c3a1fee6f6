using FastJobProcess;
using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;

namespace MemoryBench.IntegrationTests.Scenarios;

/// <summary>
/// What the paired scenarios promise: both sides do the same job, and the frugal side allocates no more than the
/// wasteful one, or (the leaky pairs) keeps nothing of it. What each side allocates, to the byte, is <see cref="FastJobFiguresTests"/>'; what the leaky ones
/// keep is <see cref="LeakingScenarioTests"/>'.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class PairedScenarioTests
{
    // Calls compared per side: a scenario that keeps state (a cache, a log, subscriptions) answers from it after a while;
    // a stateless one gives every call the same answer.
    private const int CallsWithState = 3_000;
    private const int CallsWithoutState = 3;

    [TestMethod]
    public void The_suite_has_paired_scenarios() => Assert.IsGreaterThanOrEqualTo(15, SuitePairs.All.Count);

    [TestMethod]
    [DynamicData(nameof(SuitePairs.Rows), typeof(SuitePairs))]
    public void Both_sides_of_a_pair_give_the_same_results(string wasteful, string frugal)
    {
        using var wastefulSide = SuiteBenchmark.Create(wasteful);
        using var frugalSide = SuiteBenchmark.Create(frugal);

        var calls = wastefulSide.KeepsState ? CallsWithState : CallsWithoutState;
        for (var call = 0; call < calls; call++)
        {
            Assert.AreEqual(wastefulSide.Call(), frugalSide.Call(), $"call {call}");
        }
    }

    /// <summary>The pairs whose promise is about allocations: the leaky pairs' is about what stays (the weak table allocates
    /// its container where the dictionary does not, and keeps none of the requests).</summary>
    public static IEnumerable<object[]> AllocationPairs =>
        SuitePairs.Rows.Where(pair => !LeakingScenarioTests.Pairs.Any(leaky => Equals(leaky[0], pair[0])));

    [TestMethod]
    [DynamicData(nameof(AllocationPairs))]
    public void The_frugal_side_allocates_no_more_than_the_wasteful_side(string wasteful, string frugal)
    {
        using var wastefulSide = SuiteBenchmark.Create(wasteful);
        using var frugalSide = SuiteBenchmark.Create(frugal);
        var options = new MeasurementOptions { MeasureRetained = false };

        var wastefulBytes = Allocations.Measure(wastefulSide.Operation, options);
        var frugalBytes = Allocations.Measure(frugalSide.Operation, options);

        Assert.IsLessThanOrEqualTo(wastefulBytes.BytesPerOperation, frugalBytes.BytesPerOperation, $"{wasteful}: {wastefulBytes}; {frugal}: {frugalBytes}");
    }

    [TestMethod]
    public async Task Prices_not_yet_cached_are_fetched_asynchronously_to_the_same_total()
    {
        var cached = new TaskVsValueTask();
        cached.CachePrices();

        Assert.AreEqual(await cached.ValueTaskOfInt(), await new TaskVsValueTask().TaskOfInt());
        Assert.AreEqual(await cached.ValueTaskOfInt(), await new TaskVsValueTask().ValueTaskOfInt());
    }
}
