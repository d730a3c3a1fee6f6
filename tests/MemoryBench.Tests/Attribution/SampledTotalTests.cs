using MemoryBench.Attribution;
using MemoryBench.Report;

namespace MemoryBench.Tests.Attribution;

[TestClass]
public sealed class SampledTotalTests
{
    [TestMethod]
    public void Samples_that_estimate_the_counted_bytes_within_their_noise_agree_with_the_count()
    {
        var random = new Random(12);
        var profile = Profiles.Sampled(random, "B", 600_000, ("Shop.Line", 40, 200), ("Shop.AuditEntry", 24, 24));

        Assert.IsTrue(SampledTotal.Of(profile)!.Agrees);
    }

    [TestMethod]
    public void Samples_far_short_of_the_counted_bytes_are_said_to_have_lost_some()
    {
        var random = new Random(12);
        var profile = Profiles.Sampled(random, "B", 600_000, ("Shop.Line", 40, 200)) with { CountedBytesPerOperation = 300 };
        var answer = ProfileComparison.Compare(null, profile);

        Assert.IsFalse(answer.SampledTotal!.Agrees);
        StringAssert.Contains(WhatGrewText.Basis(answer), "were counted, more than sampling noise explains, so some allocations were not sampled");
    }
}
