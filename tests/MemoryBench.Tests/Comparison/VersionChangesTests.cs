using MemoryBench.Budgets;
using MemoryBench.Comparison;
using MemoryBench.Model;
using static MemoryBench.Tests.Comparison.ResultBuilder;

namespace MemoryBench.Tests.Comparison;

/// <summary>Which versions that measured the baseline and the current run differ, so a tool's change is not read as the code's.</summary>
[TestClass]
public sealed class VersionChangesTests
{
    private static readonly Toolchain Released = new("0.15.8", "0.2.0");

    private static ComparisonResult Compare(Toolchain? baseline, Toolchain? current, EnvironmentFingerprint? currentMachine = null) =>
        Comparer.Compare(
            Run(Benchmark()) with { Toolchain = baseline },
            RunOn(currentMachine ?? Machine, Benchmark()) with { Toolchain = current },
            BudgetSet.Empty,
            Thresholds.Default);

    [TestMethod]
    public void The_comparison_carries_what_measured_each_side()
    {
        var result = Compare(Released, Released with { BenchmarkDotNet = "0.15.1" });

        Assert.AreEqual(Released, result.BaselineToolchain);
        Assert.AreEqual(new Toolchain("0.15.1", "0.2.0"), result.CurrentToolchain);
    }

    [TestMethod]
    public void The_same_versions_are_no_change()
    {
        Assert.IsEmpty(VersionChanges.Of(Compare(Released, Released with { })));
    }

    [TestMethod]
    public void An_upgrade_of_BenchmarkDotNet_is_a_change()
    {
        var changes = VersionChanges.Of(Compare(Released with { BenchmarkDotNet = "0.15.1" }, Released));

        CollectionAssert.AreEqual(new[] { new VersionChange("BenchmarkDotNet", "0.15.1", "0.15.8") }, changes.ToArray());
    }

    [TestMethod]
    public void Another_runtime_is_a_change()
    {
        var changes = VersionChanges.Of(Compare(Released, Released, Machine with { Runtime = ".NET 10.0.13" }));

        CollectionAssert.AreEqual(new[] { new VersionChange("runtime", ".NET 10.0.12", ".NET 10.0.13") }, changes.ToArray());
    }

    [TestMethod]
    public void Another_release_of_MemoryBench_is_a_change_and_so_is_taking_it_up()
    {
        Assert.AreEqual(new VersionChange("MemoryBench", "0.2.0", "0.3.0-beta.1"), VersionChanges.Of(Compare(Released, Released with { MemoryBench = "0.3.0-beta.1" })).Single());
        Assert.AreEqual(new VersionChange("MemoryBench", "none", "0.2.0"), VersionChanges.Of(Compare(Released with { MemoryBench = null }, Released)).Single());
    }

    [TestMethod]
    public void Pre_releases_of_MemoryBench_between_two_tags_and_the_release_they_lead_to_are_no_change()
    {
        Assert.IsEmpty(VersionChanges.Of(Compare(Released with { MemoryBench = "0.2.1-alpha.0.3" }, Released with { MemoryBench = "0.2.1-alpha.0.9" })));
        Assert.IsEmpty(VersionChanges.Of(Compare(Released with { MemoryBench = "0.2.1-alpha.0.9" }, Released with { MemoryBench = "0.2.1" })));
    }

    [TestMethod]
    public void A_version_one_side_does_not_record_is_not_compared()
    {
        Assert.IsEmpty(VersionChanges.Of(Compare(null, Released)));
        Assert.IsEmpty(VersionChanges.Of(Compare(new Toolchain(null, "unknown"), Released)));
    }

    [TestMethod]
    public void Every_change_is_listed_in_order()
    {
        var changes = VersionChanges.Of(Compare(new Toolchain("0.15.1", "0.1.0"), Released, Machine with { Runtime = ".NET 10.0.13" }));

        CollectionAssert.AreEqual(new[] { "BenchmarkDotNet", "runtime", "MemoryBench" }, changes.Select(change => change.Tool).ToArray());
    }
}
