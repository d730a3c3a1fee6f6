using MemoryBench.Testing.Leaks;

namespace MemoryBench.Testing.Tests.Measuring;

[TestClass]
public sealed class RetentionPlanTests
{
    [TestMethod]
    public void A_fast_operation_gets_nine_doubling_batches_of_199801_calls_in_all()
    {
        var plan = Retention.Plan(Retention.MaxFirstBatch, TimeSpan.FromMicroseconds(25));

        CollectionAssert.AreEqual(new long[] { 391, 782, 1_564, 3_128, 6_256, 12_512, 25_024, 50_048, 100_096 }, plan);
        Assert.AreEqual(199_801, plan.Sum());
    }

    [TestMethod]
    public void A_slow_operation_gets_as_many_doubling_batches_of_one_call_and_more_as_fit_in_a_tenth_of_a_second()
    {
        CollectionAssert.AreEqual(new long[] { 1, 2, 4, 8, 16, 32 }, Retention.Plan(1, TimeSpan.FromMilliseconds(1)));
        CollectionAssert.AreEqual(new long[] { 1, 2, 4, 8, 16 }, Retention.Plan(1, TimeSpan.FromMilliseconds(10)));
    }
}
