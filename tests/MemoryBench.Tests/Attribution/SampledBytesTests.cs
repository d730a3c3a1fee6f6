using MemoryBench.Attribution;

namespace MemoryBench.Tests.Attribution;

[TestClass]
public sealed class SampledBytesTests
{
    [TestMethod]
    public void A_small_sampled_object_stands_for_the_mean_sampling_distance_plus_half_its_size()
    {
        Assert.AreEqual(102_400 + 12, SampledBytes.Weight(24), 0.5);
    }

    [TestMethod]
    public void An_object_far_larger_than_the_sampling_distance_stands_for_itself()
    {
        Assert.AreEqual(10_000_000, SampledBytes.Weight(10_000_000), 1);
    }

    [TestMethod]
    public void A_large_object_adds_almost_no_uncertainty_since_it_is_always_sampled()
    {
        Assert.IsLessThan(1.0, SampledBytes.VarianceTerm(10_000_000));
        Assert.AreEqual(102_412.0 * 102_412.0, SampledBytes.VarianceTerm(24), 102_412.0 * 102_412.0 * 0.001);
    }

    [TestMethod]
    public void Upscaled_samples_recover_the_bytes_allocated_within_their_stated_error()
    {
        // 2,000,000 small objects, 20,000 mid-sized and 50 large ones: 48 MB + 20 MB + 25 MB.
        var random = new Random(11);
        var samples = Profiles.Simulated(random, "Small", 24, 2_000_000)
            .Concat(Profiles.Simulated(random, "Mid", 1_000, 20_000))
            .Concat(Profiles.Simulated(random, "Large", 500_000, 50))
            .ToList();

        var profile = AllocationProfiler.Build("Simulated", samples, operations: 1);

        foreach (var (type, allocated) in new[] { ("Small", 48_000_000.0), ("Mid", 20_000_000.0), ("Large", 25_000_000.0) })
        {
            var estimate = profile.Find(type)!;
            Assert.AreEqual(allocated, estimate.BytesPerOperation, 3 * estimate.StandardError, type);
        }
    }

    [TestMethod]
    public void The_stated_error_matches_the_spread_of_repeated_estimates()
    {
        // 200 repetitions of 1,000,000 objects of 24 B: about 234 samples each, a relative error near 6.5%.
        var random = new Random(5);
        var estimates = Enumerable.Range(0, 200)
            .Select(_ => AllocationProfiler.Build("Repeated", [.. Profiles.Simulated(random, "T", 24, 1_000_000)], 1).Types.Single())
            .ToList();

        var mean = estimates.Average(e => e.BytesPerOperation);
        var spread = Math.Sqrt(estimates.Sum(e => Math.Pow(e.BytesPerOperation - mean, 2)) / (estimates.Count - 1));
        var stated = estimates.Average(e => e.StandardError);
        Assert.AreEqual(24_000_000, mean, 24_000_000 * 0.02);
        Assert.AreEqual(spread, stated, spread * 0.2);
    }
}
