using MemoryBench.Probes.Periodic;
using MemoryBench.Testing;

namespace MemoryBench.IntegrationTests.TestingPackage;

/// <summary>
/// MemoryBench.Testing reads the periodic probes the counting engine is held to (issue 13: periods of 1,000 to
/// 100,000 calls, lumps of 16 KB and 1 MB) within 10 % of their amortised bytes per call.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class PeriodicProbeFiguresTests
{
    private static readonly MeasurementOptions AllocationsOnly = new() { MeasureRetained = false };

    [TestMethod]
    [DataRow(1_000, 16 * 1024)]
    [DataRow(1_000, 1024 * 1024)]
    [DataRow(10_000, 16 * 1024)]
    [DataRow(10_000, 1024 * 1024)]
    [DataRow(100_000, 16 * 1024)]
    [DataRow(100_000, 1024 * 1024)]
    public void Periodic_lumps_read_within_a_tenth_of_their_amortised_bytes(int period, int lump)
    {
        var probe = new PeriodicAllocation { Period = period, Lump = lump };

        // The buffer and its 24-byte array header, once a period; nothing else.
        var amortised = (lump + 24) / (double)period;
        var measurement = Allocations.Measure(probe.FlushEveryPeriod, AllocationsOnly);

        Assert.AreEqual(amortised, measurement.BytesPerOperation, amortised * 0.1, $"{measurement}");
    }
}
