using MemoryBench.Leaks;
using MemoryBench.Model;

namespace MemoryBench.Tests.Leaks;

[TestClass]
public sealed class RetainedMemoryEstimatesTests
{
    [TestMethod]
    public void The_span_growth_is_the_figure_when_only_it_proves_a_leak()
    {
        var estimates = new RetainedMemoryEstimates(BatchMedian: new RetainedMemory(0, 0), SpanGrowth: new RetainedMemory(12, 1));

        Assert.AreEqual(estimates.SpanGrowth, estimates.Retained);
    }

    [TestMethod]
    public void The_batch_median_is_the_figure_when_it_is_surer()
    {
        // A steady leak with a one-time step: the span adds the step and its uncertainty, the median neither.
        var estimates = new RetainedMemoryEstimates(BatchMedian: new RetainedMemory(24, 0), SpanGrowth: new RetainedMemory(30, 6));

        Assert.AreEqual(estimates.BatchMedian, estimates.Retained);
    }

    [TestMethod]
    public void Both_estimates_come_from_the_same_samples()
    {
        var samples = SpanGrowthEstimatorTests.Doubling(operations => 1_000_000 + (24L * operations));

        var estimates = RetainedMemoryEstimates.Of(samples);

        Assert.AreEqual(RetainedMemoryEstimator.Estimate(samples), estimates.BatchMedian);
        Assert.AreEqual(SpanGrowthEstimator.Estimate(samples), estimates.SpanGrowth);
    }
}
