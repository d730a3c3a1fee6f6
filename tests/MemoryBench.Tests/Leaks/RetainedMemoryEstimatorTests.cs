using MemoryBench.Comparison;
using MemoryBench.Leaks;
using MemoryBench.Model;

namespace MemoryBench.Tests.Leaks;

[TestClass]
public sealed class RetainedMemoryEstimatorTests
{
    private const int Batch = 1_000;
    private const long Baseline = 5_000_000;

    [TestMethod]
    public void Exact_linear_growth_is_reported_as_its_slope_with_no_uncertainty()
    {
        var retained = RetainedMemoryEstimator.Estimate(Series(i => Baseline + (24L * Batch * i)));

        Assert.AreEqual(24.0, retained.BytesPerOperation);
        Assert.AreEqual(0.0, retained.StandardErrorBytes);
        Assert.IsTrue(IsLeak(retained));
    }

    [TestMethod]
    public void A_flat_heap_with_noise_retains_nothing()
    {
        var noise = new Random(7);
        var retained = RetainedMemoryEstimator.Estimate(Series(_ => Baseline + noise.Next(-2_000, 2_000)));

        Assert.IsFalse(IsLeak(retained));
        Assert.IsLessThan(4.0, Math.Abs(retained.BytesPerOperation));
    }

    [TestMethod]
    public void A_one_time_step_after_warm_up_is_not_a_leak()
    {
        // A cache of 200 KB built once, halfway through: a least-squares line would call it about 25 B/op.
        var retained = RetainedMemoryEstimator.Estimate(Series(i => Baseline + (i >= 5 ? 200_000 : 0)));

        Assert.AreEqual(0.0, retained.BytesPerOperation);
        Assert.IsFalse(IsLeak(retained));
    }

    [TestMethod]
    public void Storage_doubling_in_a_minority_of_batches_neither_hides_a_steady_leak_nor_widens_its_error()
    {
        // 48 B/op kept by every call, plus a dictionary's storage growing by 254 KB and 527 KB in two batches.
        var retained = RetainedMemoryEstimator.Estimate(Series(i => Baseline + (48L * Batch * i) + (i >= 3 ? 254_656 : 0) + (i >= 7 ? 527_352 : 0)));

        Assert.AreEqual(48.0, retained.BytesPerOperation);
        Assert.AreEqual(0.0, retained.StandardErrorBytes);
        Assert.IsTrue(IsLeak(retained));
    }

    [TestMethod]
    public void A_leak_in_noise_is_found_within_its_standard_error()
    {
        var noise = new Random(11);
        var retained = RetainedMemoryEstimator.Estimate(Series(i => Baseline + (24L * Batch * i) + noise.Next(-2_000, 2_000)));

        Assert.IsTrue(IsLeak(retained));
        Assert.IsGreaterThan(0.0, retained.StandardErrorBytes);
        Assert.IsLessThan(3 * retained.StandardErrorBytes, Math.Abs(retained.BytesPerOperation - 24));
    }

    [TestMethod]
    public void A_small_leak_buried_in_noise_is_not_significant()
    {
        // 2 B/op is 2 KB a batch against noise of +-50 KB.
        var noise = new Random(3);
        var retained = RetainedMemoryEstimator.Estimate(Series(i => Baseline + (2L * Batch * i) + noise.Next(-50_000, 50_000)));

        Assert.IsFalse(IsLeak(retained));
        Assert.IsLessThan(3 * retained.StandardErrorBytes, Math.Abs(retained.BytesPerOperation));
    }

    [TestMethod]
    public void Steady_growth_below_the_tolerance_is_not_a_leak()
    {
        var retained = RetainedMemoryEstimator.Estimate(Series(i => Baseline + (2L * Batch * i)));

        Assert.AreEqual(2.0, retained.BytesPerOperation);
        Assert.IsFalse(IsLeak(retained));
    }

    [TestMethod]
    public void Shrinking_heap_is_not_a_leak()
    {
        var retained = RetainedMemoryEstimator.Estimate(Series(i => Baseline - (16L * Batch * i)));

        Assert.AreEqual(-16.0, retained.BytesPerOperation);
        Assert.IsFalse(IsLeak(retained));
    }

    [TestMethod]
    public void Growth_is_divided_by_the_operations_between_samples_when_batches_differ()
    {
        HeapSample[] samples = [new(0, Baseline), new(100, Baseline + 2_400), new(1_100, Baseline + 26_400), new(1_300, Baseline + 31_200)];

        Assert.AreEqual(24.0, RetainedMemoryEstimator.Estimate(samples).BytesPerOperation);
    }

    [TestMethod]
    public void Fewer_than_three_samples_are_rejected()
    {
        HeapSample[] samples = [new(0, Baseline), new(Batch, Baseline)];

        var error = Assert.ThrowsExactly<ArgumentException>(() => RetainedMemoryEstimator.Estimate(samples));
        Assert.Contains("at least 3 samples", error.Message);
    }

    [TestMethod]
    public void Operations_that_do_not_increase_are_rejected()
    {
        HeapSample[] samples = [new(0, Baseline), new(Batch, Baseline), new(Batch, Baseline)];

        var error = Assert.ThrowsExactly<ArgumentException>(() => RetainedMemoryEstimator.Estimate(samples));
        Assert.Contains("Sample 2", error.Message);
    }

    /// <summary>The gate's own rule with its default tolerance.</summary>
    private static bool IsLeak(RetainedMemory retained) =>
        RetainedSignificance.Retains(retained, Thresholds.Default.RetainedBytesTolerance);

    /// <summary>Eleven samples, one batch apart: the shape the measurement produces.</summary>
    private static HeapSample[] Series(Func<int, long> survivingBytes) =>
        [.. Enumerable.Range(0, 11).Select(i => new HeapSample((long)i * Batch, survivingBytes(i)))];
}
