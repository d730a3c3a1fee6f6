using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.IntegrationTests.Scenarios;

[TestClass]
public sealed class TaskVsValueTaskTests
{
    [TestMethod]
    public async Task Both_sides_return_the_same_total()
    {
        var pair = Create();

        Assert.AreEqual(await pair.TaskOfInt(), await pair.ValueTaskOfInt());
    }

    [TestMethod]
    public async Task Prices_not_yet_cached_are_fetched_asynchronously_to_the_same_total()
    {
        var cached = await Create().ValueTaskOfInt();

        Assert.AreEqual(cached, await new TaskVsValueTask().TaskOfInt());
        Assert.AreEqual(cached, await new TaskVsValueTask().ValueTaskOfInt());
    }

    [TestMethod]
    public void Task_allocates_a_task_for_each_synchronous_result()
    {
        var pair = Create();

        Assert.IsGreaterThan(0, Allocations.Measure(pair.TaskOfInt).BytesPerOperation);
    }

    [TestMethod]
    public void Value_task_allocates_nothing_when_the_prices_are_cached()
    {
        var pair = Create();

        MemoryAssert.AllocatesNothing(pair.ValueTaskOfInt);
    }

    private static TaskVsValueTask Create()
    {
        var pair = new TaskVsValueTask();
        pair.CachePrices();
        return pair;
    }
}
