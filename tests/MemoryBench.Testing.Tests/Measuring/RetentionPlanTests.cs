using MemoryBench.Testing.Leaks;

namespace MemoryBench.Testing.Tests.Measuring;

[TestClass]
public sealed class RetentionPlanTests
{
    [TestMethod]
    public void A_fast_operation_gets_nine_doubling_batches_of_199801_calls_in_all()
    {
        var batches = Retention.MeasuredBatches(TimeSpan.FromMicroseconds(25));

        Assert.AreEqual(9, batches);
        Assert.AreEqual(199_801, Retention.MaxFirstBatch * ((1 << batches) - 1));
    }

    [TestMethod]
    public void A_slow_operation_gets_as_many_doubling_batches_as_fit_in_a_tenth_of_a_second_and_five_at_least()
    {
        Assert.AreEqual(6, Retention.MeasuredBatches(TimeSpan.FromMilliseconds(1)));
        Assert.AreEqual(5, Retention.MeasuredBatches(TimeSpan.FromMilliseconds(10)));
    }
}
