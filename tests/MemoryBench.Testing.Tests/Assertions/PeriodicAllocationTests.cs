using MemoryBench.Testing.MSTest;

namespace MemoryBench.Testing.Tests.Assertions;

[TestClass]
public sealed class PeriodicAllocationTests
{
    private static readonly MeasurementOptions AllocationsOnly = new() { MeasureRetained = false };

    [TestMethod]
    public void A_periodic_lump_is_in_the_figure_amortised_over_its_period()
    {
        var measurement = Allocations.Measure(new PeriodicBuffer().Call, AllocationsOnly);

        // Within 10 %: the 24 B of the rounds between flushes are 30 % under.
        Assert.AreEqual(PeriodicBuffer.AmortisedBytesPerCall, measurement.BytesPerOperation, PeriodicBuffer.AmortisedBytesPerCall * 0.1, $"{measurement}");
        Assert.IsTrue(measurement.IsPrecise);
    }

    [TestMethod]
    public void A_periodic_lump_fails_AllocatesAtMost_the_figure_between_lumps()
    {
        var failure = Assert.ThrowsExactly<AssertFailedException>(() => MemoryAssert.AllocatesAtMost(24, new PeriodicBuffer().Call));

        Assert.Contains("lumps included", failure.Message);
    }
}
