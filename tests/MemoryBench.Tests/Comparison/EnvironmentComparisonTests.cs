using MemoryBench.Comparison;
using static MemoryBench.Tests.Comparison.ResultBuilder;

namespace MemoryBench.Tests.Comparison;

[TestClass]
public sealed class EnvironmentComparisonTests
{
    [TestMethod]
    public void Equal_fingerprints_are_comparable()
    {
        var comparison = EnvironmentComparison.Of(Machine, Machine with { });

        Assert.IsTrue(comparison.Comparable);
        Assert.IsNull(comparison.Reason);
    }

    [TestMethod]
    public void Different_processor_count_is_named_with_both_values()
    {
        var comparison = EnvironmentComparison.Of(Machine, Machine with { ProcessorCount = 4 });

        Assert.IsFalse(comparison.Comparable);
        Assert.AreEqual("processor count 2 vs 4", comparison.Reason);
    }

    [TestMethod]
    public void Every_difference_is_listed()
    {
        var server = Machine with { GcMode = "Server", Runtime = ".NET 10.0.13", Os = "Windows 11", Architecture = "Arm64" };

        var comparison = EnvironmentComparison.Of(server, Machine);

        Assert.AreEqual(
            "OS Windows 11 vs Linux Debian GNU/Linux 12 (bookworm); architecture Arm64 vs X64; " +
            "runtime .NET 10.0.13 vs .NET 10.0.12; GC mode Server vs Workstation, Concurrent",
            comparison.Reason);
    }

    [TestMethod]
    public void Unknown_environment_is_not_comparable()
    {
        Assert.AreEqual("the baseline does not record its environment", EnvironmentComparison.Of(null, Machine).Reason);
        Assert.AreEqual("the current run does not record its environment", EnvironmentComparison.Of(Machine, null).Reason);
        Assert.IsFalse(EnvironmentComparison.Of(null, null).Comparable);
    }
}
