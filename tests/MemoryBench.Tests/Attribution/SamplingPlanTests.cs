using MemoryBench.Attribution;

namespace MemoryBench.Tests.Attribution;

[TestClass]
public sealed class SamplingPlanTests
{
    [TestMethod]
    public void Enough_operations_for_one_small_object_per_operation_to_get_sixty_two_samples()
    {
        var operations = SamplingPlan.Operations(bytesPerOperation: 880, nanosecondsPerOperation: 1_000);

        Assert.AreEqual(262_254, operations);
        Assert.IsGreaterThanOrEqualTo(61.4, operations * 24 / SampledBytes.MeanSamplingDistance);
    }

    [TestMethod]
    public void A_slow_benchmark_runs_only_as_many_operations_as_fit_in_the_time_limit()
    {
        Assert.AreEqual(5_000, SamplingPlan.Operations(bytesPerOperation: 1_000_000, nanosecondsPerOperation: 1_000_000));
    }

    [TestMethod]
    public void A_benchmark_that_allocates_nothing_is_not_sampled()
    {
        Assert.AreEqual(0, SamplingPlan.Operations(bytesPerOperation: 0, nanosecondsPerOperation: 10));
        Assert.AreEqual(0, SamplingPlan.Operations(bytesPerOperation: double.NaN, nanosecondsPerOperation: 10));
    }
}
