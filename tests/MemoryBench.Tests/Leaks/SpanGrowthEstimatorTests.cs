using System.Numerics;
using MemoryBench.Comparison;
using MemoryBench.Leaks;
using MemoryBench.Model;

namespace MemoryBench.Tests.Leaks;

[TestClass]
public sealed class SpanGrowthEstimatorTests
{
    private const int FirstBatch = 256;
    private const long Baseline = 5_000_000;

    [TestMethod]
    public void A_list_of_longs_growing_by_doubling_reads_its_amortised_cost()
    {
        // 8-byte slots in an array that doubles once its count passes the capacity; 600 elements before the span.
        var retained = SpanGrowthEstimator.Estimate(Doubling(operations => Baseline + (8L * ListCapacity(600 + operations))));

        Assert.IsInRange(8.0, 16.0, retained.BytesPerOperation);
        Assert.IsTrue(IsLeak(retained), retained.ToString());
    }

    [TestMethod]
    public void The_same_list_reads_nothing_by_the_median_of_equal_batches()
    {
        // What the measurement read before its batches doubled: most equal batches fall between two doublings.
        HeapSample[] equalBatches = [.. Enumerable.Range(0, 11).Select(i => new HeapSample(i * 2_000L, Baseline + (8L * ListCapacity(30_000 + (i * 2_000L)))))];

        Assert.AreEqual(0.0, RetainedMemoryEstimator.Estimate(equalBatches).BytesPerOperation);
    }

    [TestMethod]
    public void Steady_growth_reads_its_slope_with_no_uncertainty()
    {
        var retained = SpanGrowthEstimator.Estimate(Doubling(operations => Baseline + (24L * operations)));

        Assert.AreEqual(24.0, retained.BytesPerOperation);
        Assert.AreEqual(0.0, retained.StandardErrorBytes, 1e-9);
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(4)]
    [DataRow(9)]
    public void A_one_time_step_in_any_batch_is_not_a_leak(int batch)
    {
        // 1 MB built once: spread over the span it would be 8 B/op, but it lives in one batch only.
        var samples = Doubling(_ => Baseline);
        samples = [.. samples.Select((sample, i) => i >= batch ? sample with { SurvivingBytes = sample.SurvivingBytes + 1_048_576 } : sample)];

        var retained = SpanGrowthEstimator.Estimate(samples);

        Assert.IsFalse(RetainedSignificance.Retains(retained, tolerance: 0), retained.ToString());
    }

    [TestMethod]
    public void A_flat_heap_retains_nothing()
    {
        var retained = SpanGrowthEstimator.Estimate(Doubling(_ => Baseline));

        Assert.AreEqual(0.0, retained.BytesPerOperation);
        Assert.IsFalse(IsLeak(retained));
    }

    [TestMethod]
    public void Fewer_than_three_samples_are_rejected()
    {
        HeapSample[] samples = [new(0, Baseline), new(FirstBatch, Baseline)];

        var error = Assert.ThrowsExactly<ArgumentException>(() => SpanGrowthEstimator.Estimate(samples));
        Assert.Contains("at least 3 samples", error.Message);
    }

    /// <summary>The gate's own rule with its default tolerance.</summary>
    private static bool IsLeak(RetainedMemory retained) =>
        RetainedSignificance.Retains(retained, Thresholds.Default.RetainedBytesTolerance);

    /// <summary>A list's capacity after <paramref name="count"/> additions: 4, then doubling.</summary>
    private static long ListCapacity(long count) => count == 0 ? 0 : Math.Max(4, (long)BitOperations.RoundUpToPowerOf2((ulong)count));

    /// <summary>Ten samples after batches of 256 operations doubling nine times: the shape the measurement produces.</summary>
    internal static HeapSample[] Doubling(Func<long, long> survivingBytes)
    {
        var samples = new HeapSample[10];
        var operations = 0L;
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = new HeapSample(operations, survivingBytes(operations));
            operations += (long)FirstBatch << i;
        }

        return samples;
    }
}
